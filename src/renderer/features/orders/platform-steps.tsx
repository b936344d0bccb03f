import { Button, List, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getOffer } from '../../../shared/catalogue/offers.js';
import { getProduct, usageLabel } from '../../../shared/catalogue/products.js';
import { LINKS } from '../../../shared/links.js';
import type { Order } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { useLanguage } from '../../i18n/use-language.js';

/** "Authentification (AUTH_CLI)": our words, then the code the platform shows. */
const usageText = (order: Order, language: 'fr' | 'en'): string => {
  const product = getProduct(order.product);
  if (!product) return order.product;
  return `${usageLabel(product.usage, language)} (${order.product.slice(product.offer.length + 1)})`;
};

/**
 * What to do on the IGC-Santé platform with this CSR, in order. The platform is outside
 * the app: the button asks main to open the allowlisted IGC-Santé page in the browser.
 */
export const PlatformSteps = ({ order, fileName }: { order: Order; fileName: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [language] = useLanguage();
  const [refused, setRefused] = useState(false);
  const offer = getProduct(order.product)?.offer;
  const offerName = offer ? `${getOffer(offer)?.name[language] ?? offer} (${offer})` : order.product;
  const { holder } = order;
  const choose =
    holder.kind === 'structure'
      ? t('wizard.csr.steps.chooseStructure', {
          offer: offerName,
          usage: usageText(order, language),
          structure: `${holder.legalName} (${holder.structureIdType} ${holder.structureId})`,
        })
      : t('wizard.csr.steps.choosePerson', { offer: offerName, usage: usageText(order, language) });

  const open = async () => {
    try {
      const result = await api.shell.openExternal({ url: LINKS.igcSanteHome });
      setRefused(!result.ok);
    } catch {
      setRefused(true);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('wizard.csr.stepsTitle')}
      </Title>
      <List type="ordered" spacing={6} size="sm">
        <List.Item>
          {t(order.environment === 'test' ? 'wizard.csr.steps.loginTest' : 'wizard.csr.steps.login')}
        </List.Item>
        <List.Item>{choose}</List.Item>
        <List.Item>{t('wizard.csr.steps.upload', { fileName })}</List.Item>
        <List.Item>{t('wizard.csr.steps.email')}</List.Item>
        <List.Item>{t('wizard.csr.steps.revocation')}</List.Item>
        <List.Item>{t('wizard.csr.steps.keep')}</List.Item>
      </List>
      <Button
        variant="light"
        leftSection={<IconExternalLink size={16} aria-hidden />}
        onClick={() => void open()}
        title={LINKS.igcSanteHome}
        style={{ alignSelf: 'flex-start' }}
        data-testid="open-platform"
      >
        {t('wizard.csr.openPlatform')}
      </Button>
      {refused && (
        <Text size="xs" c="red" role="alert">
          {t('trust.linkRefused')}
        </Text>
      )}
    </Stack>
  );
};

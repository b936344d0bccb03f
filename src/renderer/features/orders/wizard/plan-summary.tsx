import { Alert, Badge, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderChoice } from '../../../../shared/catalogue/order-plan.js';
import { productDescription } from '../../../../shared/catalogue/products.js';
import { subjectWarningMessage, subjectWarnings } from '../../../../shared/csr/index.js';
import { isProductCode } from '../../../../shared/catalogue/products.js';
import type { ProductCode } from '../../../../shared/model/igc-sante.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { productLabel } from '../../inspector/product-label.js';
import type { PlannedCertificate } from './plan.js';
import { choiceKey, projectNames } from './plan.js';

/** Advice for one certificate, as sentences (the key size is asked later, on its own step). */
export const CertificateWarnings = ({
  planned,
  keyBits,
}: {
  planned: PlannedCertificate;
  keyBits?: number;
}) => {
  const [language] = useLanguage();
  const warnings = subjectWarnings(planned.product, planned.projects, keyBits).filter(
    (w) => keyBits !== undefined || w !== 'larger-keys-unconfirmed',
  );
  if (warnings.length === 0) return null;
  return (
    <Stack gap={4}>
      {warnings.map((w) => (
        <Group key={w} gap={6} wrap="nowrap" align="flex-start" data-testid="plan-warning" data-warning={w}>
          <IconAlertCircle
            size={16}
            aria-hidden
            color="var(--mantine-color-orange-filled)"
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Text size="sm">{subjectWarningMessage(w, language)}</Text>
        </Group>
      ))}
    </Stack>
  );
};

const PlannedCard = ({ planned }: { planned: PlannedCertificate }) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Card withBorder radius="md" padding="md" data-testid="plan-line" data-product={planned.product}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{productLabel(planned.product, language)}</Text>
          {planned.cn && (
            <Badge variant="light" color="grape" style={{ flexShrink: 0 }}>
              {t('wizard.service.ownCertificate')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {productDescription(planned.product, language)}
        </Text>
        {planned.projects.length > 0 && (
          <Text size="sm">
            {t('wizard.service.why', { projects: projectNames(planned.projects, language) })}
          </Text>
        )}
        {planned.cn && (
          <Text size="sm">{t('wizard.service.imposedCn', { values: planned.cn.oneOf.join(' / ') })}</Text>
        )}
        <CertificateWarnings planned={planned} />
      </Stack>
    </Card>
  );
};

type ChoiceProps = {
  choice: OrderChoice;
  value: ProductCode | undefined;
  onChange: (key: string, product: ProductCode) => void;
  error: string | null;
};

const ChoiceCard = ({ choice, value, onChange, error }: ChoiceProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      style={{ borderLeft: '4px solid var(--mantine-primary-color-filled)' }}
    >
      <Radio.Group
        label={t('wizard.service.choiceLabel', { projects: projectNames(choice.projects, language) })}
        description={t('wizard.service.choiceHint')}
        value={value ?? null}
        onChange={(v) => isProductCode(v) && onChange(choiceKey(choice), v)}
        error={error}
        errorProps={{ 'data-testid': 'field-error' }}
      >
        <Stack gap="sm" mt="xs">
          {choice.anyOf.map((product) => (
            <Radio
              key={product}
              value={product}
              label={productLabel(product, language)}
              description={productDescription(product, language)}
              data-testid={`choice-${product}`}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Card>
  );
};

type PlanSummaryProps = {
  planned: readonly PlannedCertificate[];
  choices: readonly OrderChoice[];
  picked: Readonly<Record<string, ProductCode>>;
  onPick: (key: string, product: ProductCode) => void;
  /** Set once the user tried to go on: unsettled choices then say so. */
  attempted: boolean;
};

/** "What you will order": one card per certificate, then the either/or needs to settle. */
export const PlanSummary = ({ planned, choices, picked, onPick, attempted }: PlanSummaryProps) => {
  const { t } = useTranslation();
  if (planned.length === 0 && choices.length === 0) return null;
  return (
    <Stack gap="sm" aria-live="polite">
      <Title order={3} size="h5">
        {t('wizard.service.planTitle', { count: planned.length })}
      </Title>
      {planned.map((p) => (
        <PlannedCard key={p.key} planned={p} />
      ))}
      {choices.map((c) => {
        const value = picked[choiceKey(c)];
        return (
          <ChoiceCard
            key={choiceKey(c)}
            choice={c}
            value={value}
            onChange={onPick}
            error={attempted && !value ? t('wizard.service.choiceRequired') : null}
          />
        );
      })}
      {planned.length > 1 && (
        <Alert variant="light" color="blue" role="note" icon={<IconAlertCircle aria-hidden />}>
          <Text size="sm">{t('wizard.service.severalOrders', { count: planned.length })}</Text>
        </Alert>
      )}
    </Stack>
  );
};

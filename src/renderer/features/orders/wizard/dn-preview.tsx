import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DN_CONTENT_LABELS } from '../../../../shared/catalogue/dn-shapes.js';
import { getProduct } from '../../../../shared/catalogue/products.js';
import type { SubjectSpec } from '../../../../shared/csr/subject-spec.js';
import { useLanguage } from '../../../i18n/use-language.js';
import type { PlannedCertificate } from './plan.js';

/** One line per RDN, in DER order; a multi-valued RDN joins its attributes with " + ". */
export const subjectLines = (spec: SubjectSpec): string[] =>
  spec.rdns.map((rdn) => rdn.map((a) => `${a.attr}=${a.value}`).join(' + '));

type DnPreviewProps = { planned: PlannedCertificate; spec: SubjectSpec | null };

/**
 * The exact subject the CSR will carry, once every field is right; before that, the
 * product's DN shape with what each attribute will hold. Read-only, monospace, DER order.
 */
export const DnPreview = ({ planned, spec }: DnPreviewProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const shape = getProduct(planned.product)?.subject.rdns ?? [];
  const lines = spec
    ? subjectLines(spec)
    : shape.map((rdn) =>
        rdn
          .map((a) =>
            a.content === 'country-fr' ? 'C=FR' : `${a.attr}=‹${DN_CONTENT_LABELS[a.content][language]}›`,
          )
          .join(' + '),
      );
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {spec ? t('wizard.holder.previewTitle') : t('wizard.holder.previewPending')}
      </Text>
      <Code
        block
        fz="sm"
        data-testid={`dn-preview-${planned.key}`}
        data-complete={spec ? 'true' : 'false'}
        aria-label={t('wizard.holder.previewLabel')}
        c={spec ? undefined : 'dimmed'}
      >
        {lines.join('\n')}
        {spec &&
          spec.dnsNames.length > 0 &&
          `\n\n${t('wizard.holder.previewSan')}\n${spec.dnsNames.map((n) => `DNS=${n}`).join('\n')}`}
      </Code>
      <Text size="xs" c="dimmed">
        {t('wizard.holder.previewOrder')}
      </Text>
    </Stack>
  );
};

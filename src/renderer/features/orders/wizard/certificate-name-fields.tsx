import { Button, Group, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { subjectWarningMessage } from '../../../../shared/csr/index.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { productLabel } from '../../inspector/product-label.js';
import { ERROR_PROPS, type FieldFeedback } from './field-feedback.js';
import type { HolderDraft } from './holder-draft.js';
import type { HolderProblems } from './holder-validation.js';
import type { PlannedCertificate } from './plan.js';
import { cnIsFqdn, projectNames, takesDnsNames } from './plan.js';

type CertificateNameFieldsProps = {
  planned: PlannedCertificate;
  draft: HolderDraft;
  onChange: (change: Partial<HolderDraft>) => void;
  feedback: FieldFeedback;
  problems: HolderProblems;
};

/** First problem among a certificate's extra DNS names, with the name it is about. */
const dnsProblem = (
  planned: PlannedCertificate,
  names: readonly string[],
  problems: HolderProblems,
): string | null => {
  const prefix = `${planned.key}.dnsNames`;
  const whole = problems[prefix];
  if (whole) return whole.message;
  const index = names.findIndex((_, i) => problems[`${prefix}.${i}`] !== undefined);
  const problem = problems[`${prefix}.${index}`];
  return problem ? `« ${names[index] ?? ''} » : ${problem.message}` : null;
};

/** What names one certificate: its CN (service name or server name) and, for TLS servers, other names. */
export const CertificateNameFields = ({
  planned,
  draft,
  onChange,
  feedback,
  problems,
}: CertificateNameFieldsProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const own = draft.perCertificate[planned.key] ?? { commonName: '', dnsNames: [] };
  const set = (change: Partial<typeof own>) =>
    onChange({ perCertificate: { ...draft.perCertificate, [planned.key]: { ...own, ...change } } });
  const cnKey = `${planned.key}.commonName`;
  const dnsKey = `${planned.key}.dnsNames`;
  const fqdn = cnIsFqdn(planned.product);

  return (
    <Stack gap="xs">
      <Stack gap={0}>
        <Text fw={600}>{productLabel(planned.product, language)}</Text>
        {planned.projects.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('wizard.service.why', { projects: projectNames(planned.projects, language) })}
          </Text>
        )}
      </Stack>
      <TextInput
        label={t(fqdn ? 'wizard.holder.cnFqdn' : 'wizard.holder.cnService')}
        description={
          fqdn ? subjectWarningMessage('serv-ssl-needs-fqdn', language) : t('wizard.holder.cnServiceHint')
        }
        value={own.commonName}
        onChange={(e) => {
          set({ commonName: e.currentTarget.value });
          feedback.touch(cnKey);
        }}
        {...feedback.track(cnKey)}
        error={feedback.errorOf(cnKey)}
        errorProps={ERROR_PROPS}
        withAsterisk
        spellCheck={false}
        maw={560}
        data-testid={`holder-cn-${planned.key}`}
      />
      {planned.cn && (
        <Group gap="xs" aria-label={t('wizard.holder.cnImposed')} role="group">
          <Text size="sm">{t('wizard.holder.cnImposed')}</Text>
          {planned.cn.oneOf.map((value) => (
            <Button
              key={value}
              size="compact-sm"
              variant={own.commonName === value ? 'filled' : 'default'}
              onClick={() => {
                set({ commonName: value });
                feedback.touch(cnKey);
              }}
            >
              {value}
            </Button>
          ))}
          <Text size="xs" c="dimmed" w="100%">
            {t('wizard.holder.insiHint')}
          </Text>
        </Group>
      )}
      {takesDnsNames(planned.product) && (
        <TagsInput
          label={t('wizard.holder.dnsNames')}
          description={t('wizard.holder.dnsNamesHint')}
          value={[...own.dnsNames]}
          onChange={(dnsNames) => {
            set({ dnsNames });
            feedback.touch(dnsKey);
          }}
          splitChars={[',', ' ', ';']}
          error={feedback.shown(dnsKey) ? dnsProblem(planned, own.dnsNames, problems) : null}
          errorProps={ERROR_PROPS}
          maw={560}
          data-testid={`holder-dns-${planned.key}`}
        />
      )}
    </Stack>
  );
};

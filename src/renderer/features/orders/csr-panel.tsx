import { Alert, Button, Card, Code, CopyButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { useLanguage } from '../../i18n/use-language.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { productLabel } from '../inspector/product-label.js';
import { holderText } from './holder-text.js';
import { useOrderErrorText } from './order-error-text.js';
import { PlatformSteps } from './platform-steps.js';
import { ProblemAlert } from './problem-alert.js';
import { saveTextFile } from './save-file.js';
import { useCsrExport } from './use-csr-export.js';

type CsrPanelProps = {
  order: Order;
  /** Suffix of the test ids: the product code, or the wizard's line key. */
  testKey: string;
  onOrder: (order: Order) => void;
};

/** One CSR: the PEM to copy or save, what to do with it on the platform, and "done". */
export const CsrPanel = ({ order, testKey, onOrder }: CsrPanelProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const errorText = useOrderErrorText();
  const { state, submitting, submitError, markSubmitted } = useCsrExport(order.id, onOrder);
  const submitted = order.state === 'submitted' || order.state === 'issued' || order.state === 'installed';

  return (
    <Card withBorder radius="md" padding="lg" data-testid={`csr-panel-${testKey}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {productLabel(order.product, language)}
            </Title>
            <Text size="sm" c="dimmed">
              {holderText(order.holder)}
            </Text>
          </Stack>
          <EnvBadge environment={order.environment} />
        </Group>
        {state.status === 'loading' && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('wizard.csr.loading')}</Text>
          </Group>
        )}
        {state.status === 'failed' && (
          <ProblemAlert text={errorText(state.error)} detail={state.error.message} />
        )}
        {state.status === 'ready' && (
          <>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('wizard.csr.pemTitle', { fileName: state.fileName })}
              </Text>
              {/* A scrolling box: focusable, so the keyboard can scroll it too. */}
              <Code
                block
                fz="xs"
                mah={220}
                style={{ overflow: 'auto' }}
                tabIndex={0}
                role="region"
                aria-label={t('wizard.csr.pemTitle', { fileName: state.fileName })}
                data-testid={`csr-pem-${testKey}`}
              >
                {state.pem.trim()}
              </Code>
              <Group gap="sm">
                <CopyButton value={state.pem} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button
                      variant="default"
                      leftSection={
                        copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                      }
                      color={copied ? 'teal' : undefined}
                      onClick={copy}
                      data-testid={`csr-copy-${testKey}`}
                    >
                      {copied ? t('common.copied') : t('common.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() => saveTextFile(state.pem, state.fileName)}
                  data-testid={`csr-save-${testKey}`}
                >
                  {t('wizard.csr.save')}
                </Button>
              </Group>
            </Stack>
            <PlatformSteps order={order} fileName={state.fileName} />
            {submitError && <ProblemAlert text={errorText(submitError)} detail={submitError.message} />}
            {submitted ? (
              <Alert color="teal" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
                <Text size="sm">{t('wizard.csr.submitted')}</Text>
              </Alert>
            ) : (
              <Button
                onClick={() => void markSubmitted()}
                loading={submitting}
                leftSection={<IconCircleCheck size={18} aria-hidden />}
                style={{ alignSelf: 'flex-start' }}
                data-testid={`mark-submitted-${testKey}`}
              >
                {t('wizard.csr.markSubmitted')}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
};

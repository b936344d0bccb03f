import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language.js';
import { productLabel } from '../../inspector/product-label.js';
import { useOrderErrorText } from '../order-error-text.js';
import { ProblemAlert } from '../problem-alert.js';
import type { CertificateRun, RunStage } from './use-generation.js';

const PERCENT: Readonly<Record<RunStage, number>> = {
  waiting: 0,
  creating: 5,
  'generating-key': 25,
  encrypting: 60,
  saving: 75,
  'building-csr': 90,
  done: 100,
  failed: 100,
};

const RunRow = ({ run }: { run: CertificateRun }) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const errorText = useOrderErrorText();
  const { stage } = run;
  const label = t(`wizard.keys.stages.${stage}`);
  return (
    <Stack gap={4} data-testid={`order-progress-${run.planned.key}`} data-stage={stage}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {productLabel(run.planned.product, language)}
        </Text>
        <Group gap={4} wrap="nowrap">
          {stage === 'done' && (
            <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-teal-filled)" />
          )}
          {stage === 'failed' && (
            <IconCircleX size={18} aria-hidden color="var(--mantine-color-red-filled)" />
          )}
          <Text size="sm" c={stage === 'failed' ? 'red' : 'dimmed'}>
            {label}
          </Text>
        </Group>
      </Group>
      <Progress
        value={PERCENT[stage]}
        color={stage === 'failed' ? 'red' : stage === 'done' ? 'teal' : undefined}
        animated={stage !== 'done' && stage !== 'failed' && stage !== 'waiting'}
        aria-label={`${productLabel(run.planned.product, language)} : ${label}`}
      />
      {run.error && <ProblemAlert text={errorText(run.error)} detail={run.error.message} />}
    </Stack>
  );
};

/** One line per certificate, following main's progress events; announced politely. */
export const GenerationProgress = ({ runs }: { runs: readonly CertificateRun[] }) => (
  <Stack gap="md" aria-live="polite">
    {runs.map((run) => (
      <RunRow key={run.planned.key} run={run} />
    ))}
  </Stack>
);

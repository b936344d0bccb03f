import { Box, Button, Collapse, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A short "pourquoi ?" under a step or a question: a real button (Tab, Enter, Space) that
 * shows one or two sentences. Closed by default, so the step stays short for those who know.
 */
export const WhyHint = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const id = useId();
  return (
    <Box maw={760}>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        leftSection={<IconHelpCircle size={16} aria-hidden />}
        aria-expanded={opened}
        aria-controls={id}
        onClick={() => setOpened((o) => !o)}
        data-testid="why-hint"
      >
        {t('help.why')}
      </Button>
      <Collapse expanded={opened} id={id}>
        <Text size="sm" c="dimmed" mt={4} data-testid="why-hint-text">
          {children}
        </Text>
      </Collapse>
    </Box>
  );
};

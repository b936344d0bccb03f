import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame every inspected object shares: an article named by its heading. */
export const CardFrame = ({
  headingId,
  testId,
  children,
}: {
  headingId: string;
  testId: string;
  children: ReactNode;
}) => (
  <Card
    withBorder
    radius="md"
    padding="lg"
    component="article"
    aria-labelledby={headingId}
    data-testid={testId}
  >
    {children}
  </Card>
);

/** A small kind label above the card's heading ("Liste de révocation", "Demande de certificat"). */
export const CardHeading = ({
  kicker,
  headingId,
  children,
}: {
  kicker: string;
  headingId: string;
  children: ReactNode;
}) => (
  <Stack gap={0}>
    <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
      {kicker}
    </Text>
    <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Title>
  </Stack>
);

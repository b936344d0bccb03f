import { Stack, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';

type StepFrameProps = { title: string; headingRef: Ref<HTMLHeadingElement>; children: ReactNode };

/**
 * Each step opens with its own heading, which takes the focus when the step changes, so
 * keyboard and screen-reader users land at the top of the new step, not on a stale button.
 */
export const StepFrame = ({ title, headingRef, children }: StepFrameProps) => (
  <Stack gap="lg" pt="md">
    <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
      {title}
    </Title>
    {children}
  </Stack>
);

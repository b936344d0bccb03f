import { Button, Collapse } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';

type CollapsibleSectionProps = { showLabel: string; hideLabel: string; children: ReactNode };

/** A disclosure button (aria-expanded / aria-controls) over content hidden by default. */
export const CollapsibleSection = ({ showLabel, hideLabel, children }: CollapsibleSectionProps) => {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        leftSection={
          open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />
        }
      >
        {open ? hideLabel : showLabel}
      </Button>
      <Collapse expanded={open} id={id} keepMounted={false}>
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{children}</div>
      </Collapse>
    </div>
  );
};

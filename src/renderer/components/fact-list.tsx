import type { ReactNode } from 'react';
import classes from './fact-list.module.css';

/** Label / value pairs as a real description list, so screen readers announce the pairs. */
export const FactList = ({ children }: { children: ReactNode }) => (
  <dl className={classes.list}>{children}</dl>
);

type FactProps = { label: ReactNode; children: ReactNode; testId?: string };

export const Fact = ({ label, children, testId }: FactProps) => (
  <div className={classes.row} data-testid={testId}>
    <dt className={classes.label}>{label}</dt>
    <dd className={classes.value}>{children}</dd>
  </div>
);

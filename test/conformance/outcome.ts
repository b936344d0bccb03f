/** One testcase as each validator answered it, and the per-family tally the report prints. */
export type Answer = 'SUCCESS' | 'FAILURE' | 'ERROR';

export type CaseOutcome = {
  suite: 'x509-limbo' | 'nist-pkits';
  id: string;
  family: string;
  expected: 'SUCCESS' | 'FAILURE';
  /** Upstream says a validator may deliberately not implement what it tests. */
  pedantic: boolean;
  /** Testcases upstream marks as contradicting this one (x509-limbo's conflicts_with). */
  conflictsWith: string[];
  vigie: Answer;
  vigieReason: string | null;
  vigieMs: number;
  /** null: OpenSSL not installed, or not asked. */
  openssl: Answer | null;
  opensslReason: string | null;
  opensslMs: number | null;
};

export type Tally = {
  cases: number;
  agreed: number;
  falseAccepts: number;
  falseRejects: number;
  errors: number;
};

export const emptyTally = (): Tally => ({ cases: 0, agreed: 0, falseAccepts: 0, falseRejects: 0, errors: 0 });

export const count = (t: Tally, expected: CaseOutcome['expected'], answer: Answer): void => {
  t.cases++;
  if (answer === 'ERROR') t.errors++;
  else if (answer === expected) t.agreed++;
  else if (answer === 'SUCCESS') t.falseAccepts++;
  else t.falseRejects++;
};

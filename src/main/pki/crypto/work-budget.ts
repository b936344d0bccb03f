import { MAX_KDF_ITERATIONS } from '../../../shared/limits.js';
import { throwReadFailure } from '../reader/read-error.js';

/**
 * Bounds the password-hashing work one file can make us do. Each KDF is checked against
 * MAX_KDF_ITERATIONS before it starts; the budget also caps the sum, so a file with a
 * thousand "legal" 2,000,000-iteration bags cannot pin the CPU either.
 *
 * Unit: one PKCS#12-KDF hash step computed in JavaScript (~1.3 µs). A PBKDF2 iteration runs
 * natively in OpenSSL, about five times faster, so it is charged a fifth of a unit.
 */
export type WorkBudget = { remaining: number };

const BUDGET_UNITS = 3 * MAX_KDF_ITERATIONS;
export const PBKDF2_UNIT_COST = 0.2;

export const createBudget = (): WorkBudget => ({ remaining: BUDGET_UNITS });

export const checkIterations = (iterations: number, what: string): void => {
  if (!Number.isSafeInteger(iterations) || iterations < 1) {
    throwReadFailure('malformed', `${what}: the iteration count is not a positive number.`);
  }
  if (iterations > MAX_KDF_ITERATIONS) {
    throwReadFailure(
      'iteration-limit',
      `${what} asks for ${iterations.toLocaleString('en-US')} key-derivation iterations; the limit is ${MAX_KDF_ITERATIONS.toLocaleString('en-US')}. The file is refused so it cannot tie up the computer.`,
      { iterations, limit: MAX_KDF_ITERATIONS },
    );
  }
};

export const spend = (budget: WorkBudget, units: number): void => {
  if (units > budget.remaining) {
    throwReadFailure(
      'iteration-limit',
      'Opening this file would need more password-hashing work than allowed (too many encrypted parts or iterations).',
      { limit: BUDGET_UNITS },
    );
  }
  budget.remaining -= units;
};

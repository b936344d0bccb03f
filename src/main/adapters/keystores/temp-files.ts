import { withPrivateTemp, type TempWriter } from '../private-temp.js';

export type { TempWriter };

/**
 * Runs `work` with a private temp folder (0700, files 0600) under the data folder — never
 * the shared OS temp folder — and removes it in all cases: the PKCS#12 and the password
 * file handed to a tool must not outlive the call. A crash mid-call leaves the folder to the
 * next start's sweep (see ../private-temp.ts).
 */
export const withTempFiles = <T>(work: (write: TempWriter) => Promise<T>): Promise<T> =>
  withPrivateTemp(work);

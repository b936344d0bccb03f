import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp-dir.js';

// Every test file removes the temp folders it made through tempDir(), pass or fail.
afterAll(removeTempDirs);

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { FilePicker } from '../../../src/main/ports/file-picker.js';
import { makeCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

const ctx = { origin: 'vigie://app' };

describe.skipIf(process.platform === 'win32')('files.openDialog with special files', () => {
  it(
    'refuses a FIFO, a device and a folder with not-a-regular-file, without hanging',
    { timeout: 5000 },
    async () => {
      const dir = tempDir('vigie-pick-special-');
      const fifo = join(dir, 'cert.pem');
      execFileSync('mkfifo', [fifo]);
      const picker: FilePicker = { pick: async () => ({ kind: 'picked', paths: [fifo, '/dev/zero', dir] }) };
      const { core } = await makeCore({ picker });
      const result = await core.handlers.files.openDialog({ purpose: 'inspect', multiple: true }, ctx);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.files.map((f) => [f.data, f.error?.code, f.error?.detail?.['kind']])).toEqual([
        [null, 'not-a-regular-file', 'fifo'],
        [null, 'not-a-regular-file', 'character-device'],
        [null, 'not-a-regular-file', 'directory'],
      ]);
    },
  );
});

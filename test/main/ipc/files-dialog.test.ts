import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilePicker } from '../../../src/main/ports/file-picker.js';
import { MAX_FILE_BYTES } from '../../../src/shared/limits.js';
import { makeCore } from '../../helpers/core.js';
import { INSI_P12, vector } from '../../helpers/vectors.js';
import { tempDir } from '../../helpers/temp-dir.js';

const ctx = { origin: 'vigie://app' };

describe('files.openDialog', () => {
  it('reads what the user picked, each file with the same cap, and says which failed', async () => {
    const dir = tempDir('vigie-pick-');
    const big = join(dir, 'big.pem');
    await writeFile(big, Buffer.alloc(MAX_FILE_BYTES + 1));
    const picker: FilePicker = {
      pick: async () => ({ kind: 'picked', paths: [INSI_P12, big, join(dir, 'gone.pem')] }),
    };
    const { core } = await makeCore({ picker });
    const result = await core.handlers.files.openDialog({ purpose: 'inspect', multiple: true }, ctx);
    if (!result.ok) throw new Error(result.error.message);
    const [p12, tooBig, gone] = result.value.files;
    expect(p12).toMatchObject({ fileName: 'INSI-AUTO-certificate.p12', error: null });
    expect(Buffer.from(p12?.data ?? '', 'base64')).toEqual(
      Buffer.from(vector('igc-sante', 'end-entity', 'INSI-AUTO-certificate.p12')),
    );
    expect(tooBig).toMatchObject({ fileName: 'big.pem', data: null, error: { code: 'file-too-large' } });
    expect(gone).toMatchObject({ fileName: 'gone.pem', data: null, error: { code: 'io-error' } });
  });

  it('reports a cancelled dialog, and the lack of one outside the desktop app', async () => {
    const cancelled = await makeCore({ picker: { pick: async () => ({ kind: 'cancelled' }) } });
    expect(
      await cancelled.core.handlers.files.openDialog({ purpose: 'import-chain', multiple: false }, ctx),
    ).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    const none = await makeCore();
    expect(
      await none.core.handlers.files.openDialog({ purpose: 'inspect', multiple: true }, ctx),
    ).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});

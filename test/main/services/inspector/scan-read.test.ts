import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliFileSystem, nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import type { ScanReadRequest } from '../../../../src/main/ports/inspection-runner.js';
import { inventoryFactsOf } from '../../../../src/main/services/inspector/inventory-facts.js';
import {
  readBatchForScan,
  readForScan,
  SCAN_BATCH_BYTES,
  type ScanFacts,
} from '../../../../src/main/services/inspector/scan-read.js';
import { MAX_FILE_BYTES } from '../../../../src/shared/limits.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;
const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').toUpperCase();

const facts: ScanFacts = (file) => inventoryFactsOf({ ...file, now: new Date(), storeCertificates: [] });
const request = (path: string, fields: Partial<ScanReadRequest> = {}): ScanReadRequest => ({
  path,
  listedAsFile: true,
  seen: null,
  sameIf: null,
  ...fields,
});

const { leaves } = makeCertificates(2, 1);
const [leaf] = leaves as [Uint8Array];

describe("reading a scan's file", () => {
  // Both file systems: the app's (promises) on the inline path, the CLI's and the worker's (blocking).
  it.each([
    ['promise-based', nodeFileSystem],
    ['blocking', cliFileSystem],
  ])('says what each kind of file is (%s reads)', async (_, fs) => {
    const dir = tempDir('vigie-scan-read-');
    writeFileSync(join(dir, 'leaf.pem'), pem(leaf));
    writeFileSync(join(dir, 'notes.txt'), 'not a certificate');
    writeFileSync(join(dir, 'huge.pem'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x41));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'sub'), join(dir, 'folder-link'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);

    const parsed = await readForScan(request(join(dir, 'leaf.pem')), fs, facts);
    expect(parsed).toMatchObject({ kind: 'parsed', contentSha256: sha(pem(leaf)), error: null });
    expect(parsed.kind === 'parsed' && parsed.certificates.map((c) => c.sha256)).toEqual([sha(leaf)]);
    expect(parsed.kind === 'parsed' && parsed.info.size).toBe(pem(leaf).length);

    // The same bytes as last time: hashed, not parsed.
    expect(await readForScan(request(join(dir, 'leaf.pem'), { sameIf: sha(pem(leaf)) }), fs, facts)).toEqual({
      kind: 'same-bytes',
      contentSha256: sha(pem(leaf)),
      info: { size: pem(leaf).length, mtimeMs: expect.any(Number) },
    });
    expect(await readForScan(request(join(dir, 'notes.txt')), fs, facts)).toMatchObject({
      kind: 'parsed',
      certificates: [],
      error: 'unrecognized-format',
    });
    expect(await readForScan(request(join(dir, 'huge.pem')), fs, facts)).toEqual({
      kind: 'unreadable',
      error: 'file-too-large',
      info: { size: MAX_FILE_BYTES + 1, mtimeMs: expect.any(Number) },
    });
    // Not files to scan: a link to a folder, a FIFO (never opened: that would block), a file gone.
    for (const name of ['folder-link', 'pipe', 'gone.pem'])
      expect(await readForScan(request(join(dir, name), { listedAsFile: false }), fs, facts)).toEqual({
        kind: 'not-file',
      });
  });

  it('reads a batch in order, and leaves the rest for later once it has read its share of bytes', async () => {
    const dir = tempDir('vigie-scan-batch-');
    // Each just over a third of the share: the third crosses it, the fourth is left.
    const padding = '#'.repeat(Math.ceil(SCAN_BATCH_BYTES / 3) + 1);
    const paths = [1, 2, 3, 4].map((n) => join(dir, `bundle-${n}.pem`));
    for (const p of paths) writeFileSync(p, `${padding}\n${pem(leaf)}`);
    const small = join(dir, 'small.pem');
    writeFileSync(small, pem(leaf));

    const reads = await readBatchForScan(
      [...paths, small].map((p) => request(p)),
      cliFileSystem,
      facts,
    );
    expect(reads.map((r) => r.kind)).toEqual(['parsed', 'parsed', 'parsed', 'later', 'later']);
    // Left for later, then asked alone: read as any other.
    const alone = await readBatchForScan([request(paths[3]!)], cliFileSystem, facts);
    const first = reads[0]!;
    expect(alone).toEqual([
      { ...first, info: { ...('info' in first ? first.info : {}), mtimeMs: expect.any(Number) } },
    ]);
    // Small files fill a batch without ever reaching the share.
    const many = await readBatchForScan(
      Array.from({ length: 40 }, () => request(small)),
      cliFileSystem,
      facts,
    );
    expect(new Set(many.map((r) => r.kind))).toEqual(new Set(['parsed']));
  });
});

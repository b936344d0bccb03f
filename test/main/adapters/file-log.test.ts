import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog, formatLogLine } from '../../../src/main/adapters/file-log.js';
import { tempDir } from '../../helpers/temp-dir.js';

const KEY_PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

describe('file log', () => {
  it('writes one redacted line per entry: time, level, scope, message, fields', async () => {
    const dir = join(tempDir('log-'), 'logs');
    const log = createFileLog({ dir, now: () => new Date('2026-12-05T02:40:00.000Z') });
    log.write('error', 'tokens', 'login failed with pin=123456', { pin: '123456', slot: 2 });
    log.write('warn', 'ipc', `export\nof ${KEY_PEM}`, { password: 'hunter2', passphrase: 'horse battery' });
    await log.flush();
    const text = readFileSync(join(dir, 'vigie.log'), 'utf8');
    expect(text.split('\n').filter(Boolean)).toEqual([
      '2026-12-05T02:40:00.000Z ERROR [tokens] login failed with pin=[redacted] {"pin":"[redacted]","slot":2}',
      '2026-12-05T02:40:00.000Z WARN  [ipc] export ⏎ of [redacted] {"password":"[redacted]","passphrase":"[redacted]"}',
    ]);
    expect(text).not.toMatch(/123456|hunter2|horse|BEGIN/);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'vigie.log')).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
  });

  it('rotates before a file passes its size and keeps N old files; tail reads across them', async () => {
    const dir = tempDir('log-');
    const log = createFileLog({ dir, maxBytes: 1_000, keep: 2 });
    for (let i = 0; i < 100; i++) log.write('info', 'test', `line ${String(i).padStart(3, '0')}`);
    await log.flush();
    expect(readdirSync(dir).sort()).toEqual(['vigie.log', 'vigie.log.1', 'vigie.log.2']);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(1_000);
    const last = await log.tail(5);
    expect(last.map((l) => l.slice(-8))).toEqual([
      'line 095',
      'line 096',
      'line 097',
      'line 098',
      'line 099',
    ]);
    // Oldest first, contiguous across files, the oldest lines dropped with the oldest file.
    const all = await log.tail(1_000);
    const numbers = all.map((l) => Number(l.slice(-3)));
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(numbers.at(-1)).toBe(99);
    expect(numbers[0]).toBeGreaterThan(0);
  });

  it('never throws into the caller when the disk refuses', async () => {
    const file = join(tempDir('log-'), 'not-a-folder');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'x');
    const log = createFileLog({ dir: file });
    expect(() => log.write('error', 'x', 'y')).not.toThrow();
    await expect(log.flush()).resolves.toBeUndefined();
    await expect(log.tail(3)).resolves.toEqual([]);
  });

  it('keeps a forged entry on its own line and scope names plain', () => {
    const line = formatLogLine(
      new Date(0),
      'info',
      'a b/c',
      'x\r\n1970-01-01T00:00:00.000Z ERROR [fake] y\u0007',
    );
    expect(line).not.toContain('\n');
    expect(line).toContain('[a_b_c]');
    expect(line).not.toContain('\u0007');
  });
});

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { trayIconPng } from '../../../src/main/shell/tray-icon.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** Reads the RGBA pixels back from our PNG (filter 0 rows, one IDAT). */
const pixels = (png: Buffer, size: number) => {
  let at = 8;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return (x: number, y: number) => [
    ...raw.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 5 + x * 4),
  ];
};

describe('the tray icon', () => {
  it('is a PNG a real decoder accepts, at 16 and 32 px', () => {
    const dir = tempDir('vigie-tray-');
    for (const size of [16, 32]) {
      const file = join(dir, `icon-${size}.png`);
      writeFileSync(file, trayIconPng(size, 'urgent'));
      // Python's zlib + struct check is not a PNG decoder; ImageMagick may be absent: `file` is.
      expect(execFileSync('file', ['-b', file], { encoding: 'utf8' })).toContain(
        `PNG image data, ${size} x ${size}, 8-bit/color RGBA`,
      );
    }
  });

  it('shows the brand disc, and a status dot only when something needs doing', () => {
    const size = 32;
    const ok = pixels(trayIconPng(size, 'ok'), size);
    const urgent = pixels(trayIconPng(size, 'urgent'), size);
    const soon = pixels(trayIconPng(size, 'soon'), size);
    expect(ok(16, 16)).toEqual([25, 113, 194, 255]);
    expect(ok(0, 0)[3]).toBe(0); // transparent corner
    const dot = size - size * 0.22 - 0.5;
    const [dx, dy] = [Math.floor(dot), Math.floor(dot)];
    expect(ok(dx, dy).slice(0, 3)).toEqual([25, 113, 194]);
    expect(urgent(dx, dy)).toEqual([224, 49, 49, 255]);
    expect(soon(dx, dy)).toEqual([240, 140, 0, 255]);
  });
});

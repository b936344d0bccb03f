import { crc32, deflateSync } from 'node:zlib';

/** What the tray says at a glance: nothing to do, something to renew soon, something urgent. */
export type TrayLevel = 'ok' | 'soon' | 'urgent';

const COLOURS: Record<TrayLevel, [number, number, number]> = {
  ok: [47, 158, 68], // green
  soon: [240, 140, 0], // orange
  urgent: [224, 49, 49], // red
};
const BRAND: [number, number, number] = [25, 113, 194];

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Coverage of a pixel by a disc, 4×4 supersampled so the edge is smooth at 16 px. */
const coverage = (x: number, y: number, cx: number, cy: number, r: number): number => {
  let inside = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const dx = x + (i + 0.5) / 4 - cx;
      const dy = y + (j + 0.5) / 4 - cy;
      if (dx * dx + dy * dy <= r * r) inside++;
    }
  return inside / 16;
};

/**
 * The tray icon, drawn as a PNG (no image files to ship per size and state): the brand disc,
 * and a status dot in the corner when something needs doing.
 */
export const trayIconPng = (size: number, level: TrayLevel): Buffer => {
  const row = size * 4 + 1;
  const pixels = Buffer.alloc(row * size);
  const c = size / 2;
  const dotR = size * 0.22;
  const dotC = size - dotR - 0.5;
  for (let y = 0; y < size; y++) {
    pixels[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const dot = level === 'ok' ? 0 : coverage(x, y, dotC, dotC, dotR);
      const ring = level === 'ok' ? 0 : coverage(x, y, dotC, dotC, dotR + size * 0.08);
      const disc = coverage(x, y, c, c, c - 1) * (1 - ring);
      const [r, g, b] = dot > 0 ? COLOURS[level] : BRAND;
      const alpha = Math.max(disc, dot);
      const at = y * row + 1 + x * 4;
      pixels[at] = r;
      pixels[at + 1] = g;
      pixels[at + 2] = b;
      pixels[at + 3] = Math.round(alpha * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

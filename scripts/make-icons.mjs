// Draws the packaged icons from the geometry of assets/icon.svg (no SVG renderer needed):
// the app icon (assets/icon.png 512 px, assets/icons/<n>x<n>.png for Linux) and the tray
// icons (assets/tray-{light,dark}.png 16 px and @2x 32 px; light = dark glyph for light
// panels, dark = white glyph for dark panels). Run after changing icon.svg:
//   node scripts/make-icons.mjs
// The PNGs are committed; test/main/packaging checks they exist and have the right sizes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const BLUE = [11, 92, 171];
const WHITE = [255, 255, 255];

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const png = (size, rgba) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

// icon.svg, in its 256 × 256 viewBox.
const cubic = (p0, p1, p2, p3, n = 24) =>
  Array.from({ length: n }, (_, i) => {
    const t = (i + 1) / n;
    const u = 1 - t;
    return [0, 1].map((k) => u ** 3 * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t ** 3 * p3[k]);
  });
// M128 40 200 68v52c0 46-30 82-72 96-42-14-72-50-72-96V68z
const SHIELD = [
  [128, 40],
  [200, 68],
  [200, 120],
  ...cubic([200, 120], [200, 166], [170, 202], [128, 216]),
  ...cubic([128, 216], [86, 202], [56, 166], [56, 120]),
  [56, 68],
];
const CHECK = [
  [96, 128],
  [118, 150],
  [160, 104],
];

const inPolygon = (x, y, poly) => {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const nearSegment = (x, y, [ax, ay], [bx, by], r) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r;
};
const inRoundedSquare = (x, y, size, r) => {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return x >= 0 && y >= 0 && x <= size && y <= size && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** The colour (or null) of a point of the 256-unit drawing. */
const appIcon = (x, y) => {
  if (!inRoundedSquare(x, y, 256, 56)) return null;
  if (!inPolygon(x, y, SHIELD)) return BLUE;
  if (nearSegment(x, y, CHECK[0], CHECK[1], 8) || nearSegment(x, y, CHECK[1], CHECK[2], 8)) return BLUE;
  return WHITE;
};
/** The tray glyph: the shield alone, its check cut out (reads at 16 px on any panel). */
const trayGlyph = (colour) => (x, y) => {
  const sx = (x - 128) * 0.74 + 128;
  const sy = (y - 128) * 0.74 + 128;
  if (!inPolygon(sx, sy, SHIELD)) return null;
  if (nearSegment(sx, sy, CHECK[0], CHECK[1], 12) || nearSegment(sx, sy, CHECK[1], CHECK[2], 12)) return null;
  return colour;
};

const render = (size, draw, samples = 4) => {
  const out = Buffer.alloc(size * size * 4);
  const scale = 256 / size;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let i = 0; i < samples; i++)
        for (let j = 0; j < samples; j++) {
          const c = draw((px + (i + 0.5) / samples) * scale, (py + (j + 0.5) / samples) * scale);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      const o = (py * size + px) * 4;
      if (a > 0) out.set([Math.round(r / a), Math.round(g / a), Math.round(b / a)], o);
      out[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
  return out;
};

const write = (name, size, draw) => {
  const path = join(ASSETS, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png(size, render(size, draw)));
  console.log(`${name} (${size}×${size})`);
};

write('icon.png', 512, appIcon);
for (const size of [16, 32, 48, 64, 128, 256, 512]) write(`icons/${size}x${size}.png`, size, appIcon);
write('tray-light.png', 16, trayGlyph([33, 37, 41]));
write('tray-light@2x.png', 32, trayGlyph([33, 37, 41]));
write('tray-dark.png', 16, trayGlyph(WHITE));
write('tray-dark@2x.png', 32, trayGlyph(WHITE));

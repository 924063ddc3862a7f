// Draws the Teams app icons (a calendar with an invoice in front of it) and writes them as PNG.
// No image library: the build machines have none, and a PNG is only a few zlib-compressed chunks.
//
//   node manifest/icons-src/generate-icons.mjs [output-folder]    (default: manifest/)
//
// One drawing in a 32x32 design grid feeds both icons, so they always show the same symbol:
// - outline.png, 32x32: the symbol in white on transparent. Teams rejects any pixel that is not fully
//   transparent or pure white (255,255,255); edge pixels are white with partial alpha.
// - color.png, 192x192: the same symbol in white on the accent colour, scaled into the centre
//   120x120 that Teams keeps visible when it crops icons to a circle or rounded square.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

// Keep equal to accentColor in manifest.json.
const ACCENT = [0x2f, 0x5b, 0xd3];
const INK = [0xff, 0xff, 0xff];
// 4x4 samples per pixel is enough anti-aliasing for straight edges and small radii.
const SAMPLES = 4;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};

const capsule = (ax, ay, bx, by, width) => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x, py = ay + t * vy - y;
  return px * px + py * py <= (width / 2) ** 2;
};

// A convex polygon given clockwise in screen coordinates (y down).
const polygon = (...points) => (x, y) => points.every(([ax, ay], i) => {
  const [bx, by] = points[(i + 1) % points.length];
  return (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
});

// Painted in order: 'ink' draws the symbol, 'clear' cuts back to the background.
const DRAWING = [
  // Calendar: a frame with a solid header band and two binder rings above it.
  ['ink', roundRect(3, 5, 25, 27, 2.5)],
  ['clear', roundRect(5, 11, 23, 25, 0.5)],
  ['ink', capsule(9, 2.5, 9, 7, 2.2)],
  ['ink', capsule(19, 2.5, 19, 7, 2.2)],
  // Days; the ones the invoice would cut in half are left out.
  ...[[7, 13], [11, 13], [7, 17], [11, 17], [7, 21], [11, 21]]
    .map(([x, y]) => ['ink', roundRect(x, y, x + 2.2, y + 2.2, 0.4)]),
  // Invoice in front of the calendar's lower right corner, with a clear margin so the two read apart.
  ['clear', roundRect(15, 13.5, 31, 32, 2)],
  ['ink', roundRect(17, 15.5, 29.5, 31, 1)],
  ['clear', polygon([25.5, 15], [30, 15], [30, 19.5])],
  ...[19.5, 23, 26.5].map((y, i) => ['clear', capsule(19.8, y, i === 0 ? 23.5 : 26.7, y, 1.5)]),
];

function coverage(x, y, scale, offset) {
  const ux = (x - offset) / scale, uy = (y - offset) / scale;
  let inked = false;
  for (const [paint, inside] of DRAWING) {
    if (inside(ux, uy)) inked = paint === 'ink';
  }
  return inked;
}

function render(size, scale, offset) {
  const alpha = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (coverage(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, scale, offset)) hits++;
        }
      }
      alpha[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return alpha;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// colorType 2 = RGB, 6 = RGBA; 8 bits per channel; every scanline uses filter 0 (none).
function png(size, colorType, pixel) {
  const channels = colorType === 6 ? 4 : 3;
  const raw = Buffer.alloc(size * (1 + size * channels));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * channels);
    for (let x = 0; x < size; x++) {
      pixel(x, y).forEach((v, i) => { raw[row + 1 + x * channels + i] = v; });
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, colorType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '..'));
mkdirSync(out, { recursive: true });

// The ink spans about 3..29.5 x 1.4..31 design units: already centred in 32x32.
const outline = render(32, 1, 0);
writeFileSync(join(out, 'outline.png'),
  png(32, 6, (x, y) => [...INK, Math.round(outline[y * 32 + x] * 255)]));

// Scaled by 4 the ink spans 106 x 118 px; offset 31 centres it, inside the centre 120x120 (36..156).
const color = render(192, 4, 31);
writeFileSync(join(out, 'color.png'),
  png(192, 2, (x, y) => {
    const a = color[y * 192 + x];
    return ACCENT.map((c, i) => Math.round(c * (1 - a) + INK[i] * a));
  }));

console.log(`wrote ${join(out, 'outline.png')} and ${join(out, 'color.png')}`);

// Writes the extension's toolbar/notification icons (public/icon/{16,32,48,128}.png):
// a white "leaving" arrow through a door frame on a blue rounded square. Plain Node (zlib), no deps.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const BLUE = [31, 95, 191];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4×4 supersampling for smooth edges

// Shapes in a 0..1 unit square.
function inRoundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function inGlyph(x, y) {
  // Door frame: an open bracket on the left ([ shape).
  const frame =
    (x >= 0.22 && x <= 0.32 && y >= 0.22 && y <= 0.78) ||
    (x >= 0.22 && x <= 0.5 && y >= 0.22 && y <= 0.31) ||
    (x >= 0.22 && x <= 0.5 && y >= 0.69 && y <= 0.78);
  // Arrow shaft and head pointing right, out of the door.
  const shaft = x >= 0.4 && x <= 0.66 && y >= 0.45 && y <= 0.55;
  const head = x >= 0.6 && x <= 0.82 && Math.abs(y - 0.5) <= (0.82 - x) * 1.0;
  return frame || shaft || head;
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py += 1) {
    const row = py * (size * 4 + 1);
    data[row] = 0; // filter: none
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y)) continue;
          if (inGlyph(x, y)) fg += 1;
          else bg += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const alpha = (bg + fg) / total;
      const mix = bg + fg === 0 ? 0 : fg / (bg + fg);
      const offset = row + 1 + px * 4;
      for (let c = 0; c < 3; c += 1) data[offset + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(OUT, `${size}.png`), png(size));
  console.log(`wrote public/icon/${size}.png`);
}

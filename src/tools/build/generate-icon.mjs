// Draws the extension's icon, images/icon.png (128×128 RGBA): a shield with a tick on a blue
// rounded square. No drawing library: coverage by 4×4 supersampling, PNG written with node:zlib.
// Run: node src/tools/build/generate-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 128;
const SS = 4;

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const roundedSquare = (x, y) => {
  const r = 22, m = 4;
  const dx = Math.max(m + r - x, x - (SIZE - m - r), 0), dy = Math.max(m + r - y, y - (SIZE - m - r), 0);
  return x >= m && x <= SIZE - m && y >= m && y <= SIZE - m && dx * dx + dy * dy <= r * r;
};
// A shield: flat top, straight sides down to the middle, then two arcs meeting in a point.
const shield = (x, y) => {
  const cx = 64, top = 22, half = 36, mid = 64, bottom = 110;
  if (y < top || y > bottom) return false;
  if (y <= mid) return Math.abs(x - cx) <= half;
  const t = (y - mid) / (bottom - mid);
  return Math.abs(x - cx) <= half * Math.sqrt(Math.max(0, 1 - t * t));
};
const segment = (x, y, [ax, ay], [bx, by], w) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x, py = ay + t * vy - y;
  return px * px + py * py <= w * w;
};
const tick = (x, y) => segment(x, y, [46, 64], [59, 78], 6) || segment(x, y, [59, 78], [84, 48], 6);

const BLUE = [0x15, 0x42, 0x73], WHITE = [0xff, 0xff, 0xff], GREEN = [0x1e, 0x8e, 0x3e];
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS, py = y + (sy + 0.5) / SS;
        if (!roundedSquare(px, py)) continue;
        const c = tick(px, py) ? GREEN : shield(px, py) ? WHITE : BLUE;
        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1;
      }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    if (acc[3]) for (let i = 0; i < 3; i++) raw[o + i] = Math.round(acc[i] / acc[3]);
    raw[o + 3] = Math.round((255 * acc[3]) / (SS * SS));
  }
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../../../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);

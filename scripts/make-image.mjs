// Draws the integration logo, Integrations/Absolute/Absolute_image.png: a 120x50 RGBA PNG on a
// transparent background (XSOAR's logo format; demisto-sdk IM100/IM101/IM111 check it).
// The mark is a navy rounded square with a white "A" and a red crossbar, followed by the
// lowercase wordmark "absolute" drawn from line and arc strokes. Shapes are signed-distance
// functions sampled 4x4 per pixel for anti-aliasing. Plain Node (zlib only) and deterministic:
// the same input always gives the same bytes.
//
//   node scripts/make-image.mjs [output.png] [--preview preview.png]
// --preview also writes a 4x enlargement for looking at the result; it is not committed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const WIDTH = 120;
const HEIGHT = 50;
const SAMPLES = 4;

const NAVY = [0x1c, 0x2e, 0x5c];
const RED = [0xe3, 0x3b, 0x3b];
const WHITE = [0xff, 0xff, 0xff];

// ---- shapes: each returns a signed distance in pixels (negative inside) ----
const segment = (x1, y1, x2, y2, radius) => (px, py) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy)) - radius;
};

/** Circular arc from angle `from` to `to` degrees, counter-clockwise on screen (y grows downwards). */
const arc = (cx, cy, r, from, to, radius) => (px, py) => {
  const angle = ((Math.atan2(cy - py, px - cx) * 180) / Math.PI + 360) % 360;
  if ((angle - from + 720) % 360 <= to - from) return Math.abs(Math.hypot(px - cx, py - cy) - r) - radius;
  const end = (deg) => [cx + r * Math.cos((deg * Math.PI) / 180), cy - r * Math.sin((deg * Math.PI) / 180)];
  const [ax, ay] = end(from);
  const [bx, by] = end(to);
  return Math.min(Math.hypot(px - ax, py - ay), Math.hypot(px - bx, py - by)) - radius;
};

const roundedSquare = (x, y, size, corner) => (px, py) => {
  const half = size / 2;
  const qx = Math.abs(px - (x + half)) - (half - corner);
  const qy = Math.abs(py - (y + half)) - (half - corner);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - corner;
};

// ---- the wordmark: glyphs in x-height units, origin at the baseline, y up ----
const GLYPHS = {
  a: {
    width: 1,
    strokes: [
      ['arc', 0.5, 0.5, 0.5, 0, 360],
      ['seg', 1, 0, 1, 1],
    ],
  },
  b: {
    width: 1,
    strokes: [
      ['seg', 0, 0, 0, 1.5],
      ['arc', 0.5, 0.5, 0.5, 0, 360],
    ],
  },
  s: {
    width: 0.62,
    strokes: [
      ['arc', 0.31, 0.75, 0.25, 25, 270],
      ['arc', 0.31, 0.25, 0.25, 205, 450],
    ],
  },
  o: { width: 1, strokes: [['arc', 0.5, 0.5, 0.5, 0, 360]] },
  l: {
    width: 0.25,
    strokes: [
      ['seg', 0, 0.18, 0, 1.5],
      ['arc', 0.2, 0.18, 0.2, 180, 300],
    ],
  },
  u: {
    width: 1,
    strokes: [
      ['seg', 0, 1, 0, 0.5],
      ['arc', 0.5, 0.5, 0.5, 180, 360],
      ['seg', 1, 1, 1, 0],
    ],
  },
  t: {
    width: 0.62,
    strokes: [
      ['seg', 0.22, 1.38, 0.22, 0.2],
      ['arc', 0.42, 0.2, 0.2, 180, 300],
      ['seg', 0, 1, 0.62, 1],
    ],
  },
  e: {
    width: 1,
    strokes: [
      ['seg', 0, 0.5, 1, 0.5],
      ['arc', 0.5, 0.5, 0.5, 0, 318],
    ],
  },
};

function wordmark(text, left, baseline, unit, stroke, gap) {
  const shapes = [];
  let x = left + stroke;
  for (const char of text) {
    const glyph = GLYPHS[char];
    for (const [kind, ...n] of glyph.strokes) {
      const X = (v) => x + v * unit;
      const Y = (v) => baseline - v * unit;
      shapes.push(
        kind === 'seg' ? segment(X(n[0]), Y(n[1]), X(n[2]), Y(n[3]), stroke) : arc(X(n[0]), Y(n[1]), n[2] * unit, n[3], n[4], stroke),
      );
    }
    x += (glyph.width + gap) * unit;
  }
  return { shapes, right: x - gap * unit + stroke };
}

// ---- the scene: later layers paint over earlier ones ----
const MARK = { x: 2, y: 9, size: 32 };
const cx = MARK.x + MARK.size / 2;
const text = wordmark('absolute', 37.5, 32.5, 8.3, 1.4, 0.36);
if (text.right > WIDTH - 1) throw new Error(`wordmark overflows the canvas (${text.right.toFixed(1)}px)`);

const layers = [
  { color: NAVY, shapes: [roundedSquare(MARK.x, MARK.y, MARK.size, 7)] },
  { color: WHITE, shapes: [segment(cx - 8.5, MARK.y + 25, cx, MARK.y + 6.5, 2.6), segment(cx, MARK.y + 6.5, cx + 8.5, MARK.y + 25, 2.6)] },
  { color: RED, shapes: [segment(cx - 5.2, MARK.y + 19, cx + 5.2, MARK.y + 19, 2.1)] },
  { color: NAVY, shapes: text.shapes },
];

function render() {
  const rgba = Buffer.alloc(WIDTH * HEIGHT * 4);
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          let color;
          for (const layer of layers) if (layer.shapes.some((shape) => shape(px, py) <= 0)) color = layer.color;
          if (color) {
            covered += 1;
            color.forEach((c, i) => {
              sum[i] += c;
            });
          }
        }
      }
      const offset = (y * WIDTH + x) * 4;
      if (covered > 0)
        sum.forEach((s, i) => {
          rgba[offset + i] = Math.round(s / covered);
        });
      rgba[offset + 3] = Math.round((covered * 255) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

// ---- PNG encoding ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Filter 1 (Sub) on every row: it suits flat colour runs and keeps the encoder trivial. */
function filteredRows(rgba, width, height) {
  const stride = width * 4;
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y += 1) {
    out[y * (stride + 1)] = 1;
    for (let i = 0; i < stride; i += 1) {
      const left = i >= 4 ? rgba[y * stride + i - 4] : 0;
      out[y * (stride + 1) + 1 + i] = (rgba[y * stride + i] - left) & 0xff;
    }
  }
  return out;
}

function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows(rgba, width, height), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function enlarge(rgba, factor) {
  const out = Buffer.alloc(rgba.length * factor * factor);
  for (let y = 0; y < HEIGHT * factor; y += 1) {
    for (let x = 0; x < WIDTH * factor; x += 1) {
      rgba.copy(
        out,
        (y * WIDTH * factor + x) * 4,
        (Math.floor(y / factor) * WIDTH + Math.floor(x / factor)) * 4,
        (Math.floor(y / factor) * WIDTH + Math.floor(x / factor)) * 4 + 4,
      );
    }
  }
  return out;
}

const args = process.argv.slice(2);
const previewAt = args.indexOf('--preview');
const preview = previewAt >= 0 ? args.splice(previewAt, 2)[1] : undefined;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = args[0] ?? join(root, 'Integrations', 'Absolute', 'Absolute_image.png');

const pixels = render();
const png = encodePng(pixels, WIDTH, HEIGHT);
if (png.length > 10 * 1024) throw new Error(`logo is ${png.length} bytes; XSOAR allows 10 KB`);
writeFileSync(output, png);
if (preview) writeFileSync(preview, encodePng(enlarge(pixels, 4), WIDTH * 4, HEIGHT * 4));
console.error(`wrote ${output} (${WIDTH}x${HEIGHT}, ${png.length} bytes)`);

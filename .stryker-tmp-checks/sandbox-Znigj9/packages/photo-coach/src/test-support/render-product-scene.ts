// @ts-nocheck
// Test-only: renders a product photo with a known subject box, so tests (and the bench) can
// judge the coach against ground truth. Shapes are drawn from signed distances, which gives
// exact anti-aliasing and lets a tilt rotate the camera analytically, with no resampling.
// Not part of the package build (see tsconfig.build.json).
import type { PixelImage } from '../pixel-image.js';

/** What to draw. Every field has a default that gives a clean, well-lit product shot. */
export interface ProductSceneOptions {
  /** Default 1024. */
  width?: number;
  /** Default 768. */
  height?: number;
  /** Product silhouette. Default `'box'`. */
  kind?: 'box' | 'bottle' | 'round' | 'pouch';
  /** Product's longest side against the matching frame side (marketplace "fill"). Default 0.6. */
  fill?: number;
  /** Product centre as a fraction of the frame. Default `[0.5, 0.52]`. */
  center?: readonly [number, number];
  /** Backdrop colour (sRGB 0–255). Default a light grey paper `[236, 236, 232]`. */
  background?: readonly [number, number, number];
  /** Product body colour. Default a red `[190, 40, 45]`. */
  color?: readonly [number, number, number];
  /** A table edge behind the product at this height (fraction), or `null`. Default 0.3. */
  tableEdge?: number | null;
  /** Random shapes behind the product (a cluttered room). Default false. */
  clutter?: boolean;
  /** Camera roll in degrees, positive = the scene turned clockwise. Default 0. */
  tiltDegrees?: number;
  /** Gaussian sensor noise σ in levels. Default 1.5. */
  noise?: number;
  /** Seed for noise, clutter and label layout. Default 1. */
  seed?: number;
}

/** A rendered scene and where its product is, in pixels, before any tilt. */
export interface ProductScene {
  readonly image: PixelImage;
  readonly subject: { x: number; y: number; width: number; height: number };
  /** The product's fill as marketplaces measure it (longest side against the frame). */
  readonly fill: number;
}

type Rgb = readonly [number, number, number];

/** A small, fast, seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample from a uniform source (Box–Muller). */
export function gaussianSample(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

interface Sdf {
  /** Signed distance in pixels (negative inside). */
  (x: number, y: number): number;
  /** Bounds `[x0, y0, x1, y1]`, to skip the shape quickly far from it. */
  box: readonly [number, number, number, number];
}

interface Shape {
  sd: Sdf;
  color: Rgb;
  /** Multiplies what is under it instead of covering it (shadows). */
  shade?: number;
  /** Softness of the edge in pixels (0 = crisp, anti-aliased). */
  soft?: number;
}

function roundedRect(cx: number, cy: number, hw: number, hh: number, r: number): Sdf {
  const f = (x: number, y: number): number => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    const ox = Math.max(qx, 0);
    const oy = Math.max(qy, 0);
    return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - r;
  };
  return Object.assign(f, { box: [cx - hw, cy - hh, cx + hw, cy + hh] as const });
}

function ellipse(cx: number, cy: number, rx: number, ry: number): Sdf {
  const f = (x: number, y: number): number => {
    const dx = (x - cx) / rx;
    const dy = (y - cy) / ry;
    return (Math.hypot(dx, dy) - 1) * Math.min(rx, ry);
  };
  return Object.assign(f, { box: [cx - rx, cy - ry, cx + rx, cy + ry] as const });
}

/**
 * Renders a product photo: a backdrop (paper, a table edge, optional clutter), a soft
 * shadow and a product with a printed label, then sensor noise.
 */
export function renderProductScene(options: ProductSceneOptions = {}): ProductScene {
  const width = options.width ?? 1024;
  const height = options.height ?? 768;
  const kind = options.kind ?? 'box';
  const fill = options.fill ?? 0.6;
  const [fcx, fcy] = options.center ?? [0.5, 0.52];
  const bg = options.background ?? [236, 236, 232];
  const body = options.color ?? [190, 40, 45];
  const tableEdge = options.tableEdge === undefined ? 0.3 : options.tableEdge;
  const tilt = ((options.tiltDegrees ?? 0) * Math.PI) / 180;
  const noise = options.noise ?? 1.5;
  const random = seededRandom(options.seed ?? 1);

  // Product size: its longest side against the matching frame side equals `fill`.
  const aspect = kind === 'round' ? 1 : kind === 'bottle' ? 0.42 : kind === 'pouch' ? 0.75 : 0.7;
  let ph = fill * height;
  let pw = ph * aspect;
  if (pw / width > ph / height) {
    pw = fill * width;
    ph = pw / aspect;
  }
  const cx = fcx * width;
  const cy = fcy * height;
  const subject = { x: cx - pw / 2, y: cy - ph / 2, width: pw, height: ph };

  const shapes: Shape[] = [];
  if (options.clutter) {
    for (let i = 0; i < 40; i++) {
      const rx = (0.03 + random() * 0.12) * width;
      const ry = (0.03 + random() * 0.12) * height;
      const x = random() * width;
      const y = random() * height;
      const c: Rgb = [random() * 255, random() * 255, random() * 255];
      const sd = random() < 0.5 ? ellipse(x, y, rx, ry) : roundedRect(x, y, rx, ry, 4);
      shapes.push({ sd, color: c });
    }
  }
  // Soft contact shadow on the surface under the product.
  shapes.push({
    sd: ellipse(cx + pw * 0.08, cy + ph * 0.47, pw * 0.55, ph * 0.08),
    color: [0, 0, 0],
    shade: 0.75,
    soft: Math.max(4, ph * 0.05),
  });
  const dark: Rgb = [body[0] * 0.45, body[1] * 0.45, body[2] * 0.45];
  const label: Rgb = [245, 240, 225];
  if (kind === 'box' || kind === 'pouch') {
    shapes.push({
      sd: roundedRect(cx, cy, pw / 2, ph / 2, kind === 'pouch' ? pw * 0.12 : 3),
      color: body,
    });
    shapes.push({ sd: roundedRect(cx, cy - ph * 0.42, pw / 2, ph * 0.03, 1), color: dark });
  } else if (kind === 'bottle') {
    shapes.push({ sd: roundedRect(cx, cy + ph * 0.12, pw / 2, ph * 0.38, pw * 0.15), color: body });
    shapes.push({
      sd: roundedRect(cx, cy - ph * 0.33, pw * 0.22, ph * 0.12, pw * 0.05),
      color: body,
    });
    shapes.push({ sd: roundedRect(cx, cy - ph * 0.45, pw * 0.25, ph * 0.05, 2), color: dark });
  } else {
    shapes.push({ sd: ellipse(cx, cy, pw / 2, ph / 2), color: body });
  }
  // Label with "text": rows of dark blocks, the fine detail a buyer reads.
  const lw = pw * (kind === 'round' ? 0.45 : 0.7);
  const lh = ph * (kind === 'round' ? 0.3 : 0.36);
  const ly = cy + (kind === 'bottle' ? ph * 0.1 : 0);
  shapes.push({ sd: roundedRect(cx, ly, lw / 2, lh / 2, 2), color: label });
  const rows = 4;
  for (let row = 0; row < rows; row++) {
    const y = ly - lh * 0.35 + (row * lh * 0.7) / (rows - 1);
    const th = Math.max(1.2, lh * (row === 0 ? 0.09 : 0.045));
    let x = cx - lw * 0.4;
    while (x < cx + lw * 0.38) {
      const ww = lw * (0.04 + random() * 0.12);
      const end = Math.min(x + ww, cx + lw * 0.4);
      shapes.push({
        sd: roundedRect((x + end) / 2, y, (end - x) / 2, th / 2, 0.5),
        color: [30, 30, 35],
      });
      x = end + lw * 0.03;
    }
  }

  const table: Rgb = [bg[0] * 0.93, bg[1] * 0.9, bg[2] * 0.86];
  const edgeY = tableEdge === null ? Infinity : tableEdge * height;
  const cos = Math.cos(tilt);
  const sin = Math.sin(tilt);
  const mx = width / 2;
  const my = height / 2;
  // Camera rolled clockwise by `tilt`: the scene point seen at pixel (px, py) is rotated back.
  const sceneX = (px: number, py: number): number =>
    mx + (px + 0.5 - mx) * cos + (py + 0.5 - my) * sin;
  const sceneY = (px: number, py: number): number =>
    my - (px + 0.5 - mx) * sin + (py + 0.5 - my) * cos;
  const n = width * height;
  const R = new Float32Array(n);
  const G = new Float32Array(n);
  const B = new Float32Array(n);
  for (let py = 0, i = 0; py < height; py++) {
    for (let px = 0; px < width; px++, i++) {
      // Backdrop: a paper sweep lit from above, darker towards the bottom; a table below.
      const y = sceneY(px, py);
      const t = Math.min(1, Math.max(0, y - edgeY + 0.5));
      const light = 1 - 0.06 * (y / height);
      R[i] = (bg[0] * (1 - t) + table[0] * t) * light;
      G[i] = (bg[1] * (1 - t) + table[1] * t) * light;
      B[i] = (bg[2] * (1 - t) + table[2] * t) * light;
    }
  }
  // Painter's order, each shape only over the pixels its rotated bounds can reach.
  for (const s of shapes) {
    const soft = s.soft ?? 0;
    const m = soft + 1.5;
    const [bx0, by0, bx1, by1] = s.sd.box;
    const hx = (bx1 - bx0) / 2 + m;
    const hy = (by1 - by0) / 2 + m;
    const ccx = (bx0 + bx1) / 2 - mx;
    const ccy = (by0 + by1) / 2 - my;
    // Scene → pixel is the inverse rotation.
    const pcx = mx + ccx * cos - ccy * sin;
    const pcy = my + ccx * sin + ccy * cos;
    const ex = Math.abs(hx * cos) + Math.abs(hy * sin);
    const ey = Math.abs(hx * sin) + Math.abs(hy * cos);
    const x0 = Math.max(0, Math.floor(pcx - ex));
    const x1 = Math.min(width - 1, Math.ceil(pcx + ex));
    const y0 = Math.max(0, Math.floor(pcy - ey));
    const y1 = Math.min(height - 1, Math.ceil(pcy + ey));
    for (let py = y0; py <= y1; py++) {
      for (let px = x0; px <= x1; px++) {
        const d = s.sd(sceneX(px, py), sceneY(px, py));
        if (d > soft + 1) continue;
        const a =
          soft > 0
            ? Math.min(1, Math.max(0, 0.5 - d / (2 * soft)))
            : Math.min(1, Math.max(0, 0.5 - d));
        if (a <= 0) continue;
        const i = py * width + px;
        if (s.shade !== undefined) {
          const k = 1 - (1 - s.shade) * a;
          R[i]! *= k;
          G[i]! *= k;
          B[i]! *= k;
        } else {
          R[i]! += (s.color[0] - R[i]!) * a;
          G[i]! += (s.color[1] - G[i]!) * a;
          B[i]! += (s.color[2] - B[i]!) * a;
        }
      }
    }
  }
  const data = new Uint8ClampedArray(n * 4);
  // Noise from a sum of four uniforms (Irwin–Hall): close enough to Gaussian, and fast.
  const k = noise * Math.sqrt(3);
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    data[o] = R[i]! + (noise > 0 ? k * (random() + random() + random() + random() - 2) : 0);
    data[o + 1] = G[i]! + (noise > 0 ? k * (random() + random() + random() + random() - 2) : 0);
    data[o + 2] = B[i]! + (noise > 0 ? k * (random() + random() + random() + random() - 2) : 0);
    data[o + 3] = 255;
  }
  return { image: { data, width, height }, subject, fill };
}

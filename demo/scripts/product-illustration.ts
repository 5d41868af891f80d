// Flat, text-free product illustrations for the sample catalog: one small standalone SVG per
// product, drawn from a few shapes per category and coloured from a seed, so the demo ships
// its own images (no remote URLs, nothing to translate) and regenerates byte for byte.

/** What an illustration shows. Each kind is one small drawing. */
export const ART_KINDS = [
  'cloth',
  'shirt',
  'dress',
  'bag',
  'sandal',
  'jewel',
  'pouch',
  'jar',
  'bottle',
  'dropper',
  'basket',
  'mat',
  'pot',
  'bowl',
  'box',
  'panel',
  'board',
  'produce',
  'sack',
  'beans',
  'fish',
  'shrimp',
  'seaweed',
  'soap',
  'plant',
] as const;
/** One of {@link ART_KINDS}. */
export type ArtKind = (typeof ART_KINDS)[number];

/** Motifs for cloth, shirts, dresses and bags. */
export const PATTERNS = [
  'batik',
  'kawung',
  'parang',
  'ikat',
  'stripes',
  'songket',
  'weave',
  'plain',
] as const;
/** One of {@link PATTERNS}. */
export type Pattern = (typeof PATTERNS)[number];

/** Shapes for `produce`. */
export const PRODUCE_SHAPES = ['round', 'mango', 'salak', 'bulb', 'tuber', 'egg'] as const;
/** One of {@link PRODUCE_SHAPES}. */
export type ProduceShape = (typeof PRODUCE_SHAPES)[number];

/** How to draw one product. Unset fields are chosen from the seed. */
export interface Art {
  readonly kind: ArtKind;
  /** Main hue in degrees (0 red, 30 orange, 120 green, 220 blue); default from the seed. */
  readonly hue?: number;
  /** Motif for textiles and bags; default from the seed. */
  readonly pattern?: Pattern;
  /** For `produce`; default `round`. */
  readonly shape?: ProduceShape;
  /** For `fish`: one big fish (default) or three small ones. */
  readonly count?: 1 | 3;
}

/** What each drawing shows, in Indonesian, for the image's `alt`. */
const KIND_NOUNS: Readonly<Record<ArtKind, string>> = {
  cloth: 'tumpukan kain terlipat bermotif',
  shirt: 'kemeja bermotif',
  dress: 'baju terusan bermotif',
  bag: 'tas',
  sandal: 'sepasang sandal',
  jewel: 'gelang dan sepasang anting',
  pouch: 'kemasan kantong berdiri',
  jar: 'toples kaca berisi',
  bottle: 'botol',
  dropper: 'botol kecil berpipet',
  basket: 'keranjang anyaman',
  mat: 'tikar anyaman tergulung',
  pot: 'vas tanah liat',
  bowl: 'wadah tanah liat',
  box: 'kotak kayu berukir',
  panel: 'panel ukiran kayu',
  board: 'talenan kayu',
  produce: 'hasil kebun',
  sack: 'karung hasil panen',
  beans: 'tumpukan biji',
  fish: 'ikan',
  shrimp: 'udang',
  seaweed: 'rumput laut',
  soap: 'sabun batang',
  plant: 'bibit tanaman dalam polybag',
};

const PRODUCE_NOUNS: Readonly<Record<ProduceShape, string>> = {
  round: 'buah-buahan',
  mango: 'buah mangga',
  salak: 'buah salak',
  bulb: 'umbi bawang',
  tuber: 'umbi kentang',
  egg: 'telur',
};

/** The Indonesian description of what an illustration shows, e.g. "ikan" or "botol". */
export function illustrationNoun(art: Art): string {
  if (art.kind === 'produce') return PRODUCE_NOUNS[art.shape ?? 'round'];
  if (art.kind === 'fish' && art.count === 3) return 'tiga ekor ikan';
  return KIND_NOUNS[art.kind];
}

/** FNV-1a, 32-bit: a stable number from a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so every run draws the same picture. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** HSL to `#rrggbb`, so the files hold short, exact colours. */
export function hsl(hue: number, saturation: number, lightness: number): string {
  const h = (((hue % 360) + 360) % 360) / 360;
  const s = saturation / 100;
  const l = lightness / 100;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number): string => {
    let t = t0;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    const v =
      t < 1 / 6
        ? p + (q - p) * 6 * t
        : t < 1 / 2
          ? q
          : t < 2 / 3
            ? p + (q - p) * (2 / 3 - t) * 6
            : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`;
}

const WHITE = 'fill="#fff"';
const round = (n: number): number => Math.round(n);

interface Ink {
  readonly h: number;
  readonly rand: () => number;
  /** Main colour, its darker and lighter shades, and an accent. */
  readonly main: string;
  readonly dark: string;
  readonly light: string;
  readonly accent: string;
}

/** A translucent motif laid over any base colour, so one pattern fits every hue. */
function patternDef(pattern: Pattern): string {
  const open = (w: number, h: number) =>
    `<pattern id="p" width="${w}" height="${h}" patternUnits="userSpaceOnUse">`;
  const lite = 'fill="#fff" fill-opacity=".5"';
  const deep = 'fill="#000" fill-opacity=".22"';
  switch (pattern) {
    case 'batik':
      return `${open(80, 80)}<circle cx="40" cy="40" r="15" ${lite}/><circle cx="40" cy="40" r="6" ${deep}/><circle r="9" ${lite}/><circle cx="80" r="9" ${lite}/><circle cy="80" r="9" ${lite}/><circle cx="80" cy="80" r="9" ${lite}/><circle cx="40" r="3" ${deep}/><circle cy="40" r="3" ${deep}/></pattern>`;
    case 'kawung':
      return `${open(64, 64)}<ellipse cx="32" cy="13" rx="9" ry="13" ${lite}/><ellipse cx="32" cy="51" rx="9" ry="13" ${lite}/><ellipse cx="13" cy="32" rx="13" ry="9" ${lite}/><ellipse cx="51" cy="32" rx="13" ry="9" ${lite}/><circle cx="32" cy="32" r="4" ${deep}/></pattern>`;
    case 'parang':
      return `${open(70, 70)}<path d="M-10 45L45-10M25 80L80 25" stroke="#fff" stroke-opacity=".5" stroke-width="16"/><path d="M-10 80L80-10" stroke="#000" stroke-opacity=".2" stroke-width="5"/></pattern>`;
    case 'ikat':
      return `${open(72, 72)}<path d="M36 6L66 36L36 66L6 36Z" ${lite}/><path d="M36 22L50 36L36 50L22 36Z" ${deep}/><path d="M0 0L8 0L0 8ZM72 72L64 72L72 64Z" ${lite}/></pattern>`;
    case 'stripes':
      return `${open(60, 60)}<rect width="60" height="9" ${lite}/><rect y="20" width="60" height="4" ${deep}/><rect y="32" width="60" height="14" ${lite}/><rect y="52" width="60" height="3" ${deep}/></pattern>`;
    case 'songket':
      return `${open(60, 60)}<path d="M30 10L44 30L30 50L16 30Z" fill="#f2c14e" fill-opacity=".85"/><path d="M30 22L36 30L30 38L24 30Z" ${deep}/><rect y="0" width="60" height="3" fill="#f2c14e" fill-opacity=".7"/></pattern>`;
    case 'weave':
      return `${open(48, 48)}<rect width="24" height="24" ${lite}/><rect x="24" y="24" width="24" height="24" ${lite}/><rect y="22" width="48" height="4" ${deep}/><rect x="22" width="4" height="48" ${deep}/></pattern>`;
    case 'plain':
      return `${open(40, 40)}<circle cx="20" cy="20" r="3" ${lite}/></pattern>`;
  }
}

/** Draws `d` in the base colour and again with the motif on top. */
function patterned(d: string, fill: string): string {
  return `<path d="${d}" fill="${fill}"/><path d="${d}" fill="url(#p)"/>`;
}

function cloth(ink: Ink): string {
  const layers: [number, number, number, number, string][] = [
    [170, 480, 460, 130, hsl(ink.h - 28, 55, 38)],
    [190, 372, 420, 124, hsl(ink.h + 22, 55, 45)],
    [210, 262, 380, 124, ink.main],
  ];
  return layers
    .map(([x, y, w, h, fill]) => {
      const d = `M${x + 20} ${y}H${x + w - 20}Q${x + w} ${y} ${x + w} ${y + 20}V${y + h - 20}Q${x + w} ${y + h} ${x + w - 20} ${y + h}H${x + 20}Q${x} ${y + h} ${x} ${y + h - 20}V${y + 20}Q${x} ${y} ${x + 20} ${y}Z`;
      return `${patterned(d, fill)}<rect x="${x}" y="${y + h - 24}" width="${w}" height="24" rx="12" fill="#000" fill-opacity=".16"/><rect x="${x + 24}" y="${y + 10}" width="${w - 48}" height="6" rx="3" ${WHITE} fill-opacity=".3"/>`;
    })
    .join('');
}

function shirt(ink: Ink): string {
  const body =
    'M310 190L240 214L140 330L212 392L262 338V640H538V338L588 392L660 330L560 214L490 190L400 252Z';
  const buttons = [320, 390, 460, 530]
    .map((y) => `<circle cx="400" cy="${y}" r="7" fill="${ink.light}"/>`)
    .join('');
  return `${patterned(body, ink.main)}<path d="M312 188L400 252L352 300L296 214ZM488 188L400 252L448 300L504 214Z" fill="${ink.light}"/><path d="M400 252V640" stroke="${ink.dark}" stroke-width="6"/>${buttons}<rect x="440" y="336" width="64" height="58" rx="8" fill="none" stroke="${ink.dark}" stroke-width="5"/>`;
}

function dress(ink: Ink): string {
  const body =
    'M330 180Q400 222 470 180L532 208L606 300L548 346L516 312L590 640Q400 668 210 640L284 312L252 346L194 300L268 208Z';
  return `${patterned(body, ink.main)}<path d="M336 184Q400 250 464 184" fill="none" stroke="${ink.dark}" stroke-width="8"/><path d="M284 420Q400 440 516 420" fill="none" stroke="${ink.light}" stroke-width="12"/>`;
}

function bag(ink: Ink): string {
  const body = 'M232 330H568L608 618Q610 640 588 640H212Q190 640 192 618Z';
  return `<path d="M300 340C300 190 500 190 500 340" fill="none" stroke="${ink.dark}" stroke-width="24" stroke-linecap="round"/>${patterned(body, ink.main)}<rect x="226" y="318" width="348" height="40" rx="14" fill="${ink.dark}"/><circle cx="400" cy="338" r="10" fill="${ink.light}"/>`;
}

function sandal(ink: Ink): string {
  const one = (x: number, angle: number): string =>
    `<g transform="rotate(${angle} ${x + 75} 420)"><rect x="${x}" y="220" width="150" height="400" rx="75" fill="${hsl(25, 35, 28)}"/><rect x="${x + 10}" y="232" width="130" height="376" rx="65" fill="${hsl(30, 40, 62)}"/><rect x="${x - 8}" y="300" width="166" height="110" rx="40" fill="${ink.main}"/><rect x="${x - 8}" y="330" width="166" height="16" fill="${ink.dark}" fill-opacity=".5"/></g>`;
  return one(225, -8) + one(425, 8);
}

function jewel(ink: Ink): string {
  const metal = ink.rand() < 0.5 ? '#c9ced6' : '#e3b85a';
  const shade = metal === '#c9ced6' ? '#8b94a1' : '#b0822c';
  const earring = (x: number): string =>
    `<path d="M${x} 190Q${x + 30} 190 ${x + 30} 220Q${x + 30} 240 ${x} 250" fill="none" stroke="${shade}" stroke-width="8"/><circle cx="${x}" cy="270" r="24" fill="${metal}"/><path d="M${x} 300Q${x + 38} 350 ${x} 392Q${x - 38} 350 ${x} 300Z" fill="${ink.main}"/><circle cx="${x - 8}" cy="262" r="7" ${WHITE} fill-opacity=".7"/>`;
  return `${earring(300)}${earring(500)}<ellipse cx="400" cy="520" rx="180" ry="74" fill="none" stroke="${shade}" stroke-width="40"/><ellipse cx="400" cy="512" rx="180" ry="74" fill="none" stroke="${metal}" stroke-width="30"/><circle cx="400" cy="586" r="22" fill="${ink.main}"/><circle cx="300" cy="576" r="8" fill="${ink.light}"/><circle cx="500" cy="576" r="8" fill="${ink.light}"/>`;
}

function label(x: number, y: number, w: number, h: number, ink: Ink): string {
  const cx = x + w / 2;
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${ink.light}"/><circle cx="${cx}" cy="${y + h * 0.38}" r="${round(h * 0.2)}" fill="${ink.accent}"/><path d="M${cx - 22} ${y + h * 0.38}Q${cx} ${y + h * 0.38 - 36} ${cx + 22} ${y + h * 0.38}Q${cx} ${y + h * 0.38 + 14} ${cx - 22} ${y + h * 0.38}Z" fill="${ink.light}"/><rect x="${cx - 70}" y="${y + h * 0.7}" width="140" height="12" rx="6" fill="${ink.dark}" fill-opacity=".45"/>`;
}

function pouch(ink: Ink): string {
  return `<path d="M250 250H550Q560 250 562 262L586 612Q588 640 560 640H240Q212 640 214 612L238 262Q240 250 250 250Z" fill="${ink.main}"/><rect x="244" y="226" width="312" height="48" rx="10" fill="${ink.dark}"/><path d="M262 252H538" stroke="${ink.light}" stroke-width="4" stroke-dasharray="12 10"/>${label(290, 330, 220, 200, ink)}<ellipse cx="400" cy="582" rx="80" ry="26" fill="#fff" fill-opacity=".35"/><path d="M246 290V600" stroke="#fff" stroke-opacity=".25" stroke-width="14" stroke-linecap="round"/>`;
}

function jar(ink: Ink): string {
  const bits = [300, 360, 430, 490]
    .map((x, i) => `<circle cx="${x}" cy="${370 + (i % 2) * 20}" r="16" fill="${ink.dark}"/>`)
    .join('');
  return `<rect x="250" y="262" width="300" height="380" rx="52" fill="#fff" fill-opacity=".65" stroke="${hsl(ink.h, 15, 70)}" stroke-width="6"/><rect x="264" y="330" width="272" height="298" rx="42" fill="${ink.main}"/>${bits}<rect x="270" y="206" width="260" height="68" rx="16" fill="${ink.dark}"/><path d="M292 226V256M332 226V256M372 226V256M412 226V256M452 226V256M492 226V256" stroke="#fff" stroke-opacity=".25" stroke-width="8"/>${label(286, 436, 228, 150, ink)}<rect x="276" y="296" width="18" height="290" rx="9" ${WHITE} fill-opacity=".45"/>`;
}

function bottle(ink: Ink): string {
  return `<rect x="364" y="168" width="72" height="64" rx="12" fill="${ink.dark}"/><rect x="376" y="226" width="48" height="62" fill="${hsl(ink.h, 20, 82)}"/><path d="M376 286H424Q520 320 520 400V612Q520 640 492 640H308Q280 640 280 612V400Q280 320 376 286Z" fill="${hsl(ink.h, 25, 88)}"/><path d="M292 420H508V612Q508 628 492 628H308Q292 628 292 612Z" fill="${ink.main}"/>${label(310, 448, 180, 150, ink)}<rect x="298" y="360" width="16" height="220" rx="8" ${WHITE} fill-opacity=".6"/>`;
}

function dropper(ink: Ink): string {
  const glass = hsl(ink.h, 60, 30);
  return `<ellipse cx="400" cy="210" rx="44" ry="56" fill="#2f2a2a"/><rect x="356" y="240" width="88" height="70" rx="10" fill="#3b3535"/><rect x="380" y="300" width="40" height="50" fill="${hsl(ink.h, 40, 45)}"/><rect x="306" y="340" width="188" height="300" rx="40" fill="${glass}"/>${label(326, 420, 148, 150, ink)}<rect x="322" y="366" width="16" height="220" rx="8" ${WHITE} fill-opacity=".35"/><path d="M560 520Q580 560 560 580Q540 560 560 520Z" fill="${ink.main}"/><path d="M600 440Q616 470 600 486Q584 470 600 440Z" fill="${ink.main}" fill-opacity=".6"/>`;
}

function basket(ink: Ink): string {
  const body = 'M214 370H586L544 618Q540 640 518 640H282Q260 640 256 618Z';
  return `<path d="M252 372C252 170 548 170 548 372" fill="none" stroke="${ink.dark}" stroke-width="22" stroke-linecap="round"/>${patterned(body, ink.main)}<path d="M236 450H564M248 530H552" stroke="${ink.dark}" stroke-width="10" stroke-opacity=".5"/><ellipse cx="400" cy="370" rx="196" ry="40" fill="${ink.dark}"/><ellipse cx="400" cy="366" rx="176" ry="28" fill="${hsl(ink.h, 40, 22)}"/>`;
}

function mat(ink: Ink): string {
  const body = 'M186 300H614V620Q614 632 602 632H198Q186 632 186 620Z';
  return `${patterned(body, ink.main)}<path d="M186 580H614" stroke="${ink.accent}" stroke-width="18"/><path d="M186 352H614" stroke="${ink.accent}" stroke-width="10"/><rect x="160" y="244" width="480" height="96" rx="48" fill="${ink.dark}"/><circle cx="208" cy="292" r="44" fill="${ink.main}"/><circle cx="208" cy="292" r="28" fill="${ink.dark}"/><circle cx="208" cy="292" r="12" fill="${ink.light}"/>`;
}

function pot(ink: Ink): string {
  const body =
    'M338 226H462Q452 262 474 292Q604 362 584 500Q564 622 472 640H328Q236 622 216 500Q196 362 326 292Q348 262 338 226Z';
  const dots = [300, 350, 400, 450, 500]
    .map(
      (x) =>
        `<circle cx="${x}" cy="${x === 400 ? 452 : x === 350 || x === 450 ? 450 : 446}" r="9" fill="${ink.light}"/>`,
    )
    .join('');
  return `<path d="${body}" fill="${ink.main}"/><rect x="322" y="206" width="156" height="34" rx="14" fill="${ink.dark}"/><path d="M240 410Q400 446 560 410M228 500Q400 540 572 500" fill="none" stroke="${ink.dark}" stroke-width="10"/>${dots}<path d="M258 392Q236 470 264 560" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="16" stroke-linecap="round"/>`;
}

function bowl(ink: Ink): string {
  return `<path d="M166 430H634Q622 604 480 636H320Q178 604 166 430Z" fill="${ink.main}"/><ellipse cx="400" cy="430" rx="234" ry="52" fill="${ink.dark}"/><ellipse cx="400" cy="436" rx="204" ry="38" fill="${hsl(ink.h, 45, 28)}"/><rect x="470" y="210" width="52" height="240" rx="26" transform="rotate(28 496 330)" fill="${hsl(30, 40, 45)}"/><path d="M220 520Q400 560 580 520" fill="none" stroke="${ink.light}" stroke-width="8"/>`;
}

function flower(cx: number, cy: number, r: number, fill: string, centre: string): string {
  const petals = [0, 60, 120, 180, 240, 300]
    .map(
      (a) =>
        `<ellipse cx="${cx}" cy="${cy - r}" rx="${round(r * 0.45)}" ry="${round(r * 0.75)}" transform="rotate(${a} ${cx} ${cy})" fill="${fill}"/>`,
    )
    .join('');
  return `${petals}<circle cx="${cx}" cy="${cy}" r="${round(r * 0.4)}" fill="${centre}"/>`;
}

function box(ink: Ink): string {
  return `<rect x="214" y="380" width="372" height="250" rx="14" fill="${ink.main}"/><rect x="192" y="318" width="416" height="86" rx="16" fill="${ink.dark}"/><rect x="214" y="404" width="372" height="14" fill="#000" fill-opacity=".18"/>${flower(400, 516, 54, ink.light, ink.dark)}<path d="M250 450Q290 516 250 590M550 450Q510 516 550 590" fill="none" stroke="${ink.light}" stroke-width="10" stroke-linecap="round"/><rect x="380" y="394" width="40" height="30" rx="6" fill="${ink.accent}"/>`;
}

function panel(ink: Ink): string {
  const leaves = [
    [300, 300, -30],
    [500, 300, 30],
    [290, 500, 30],
    [510, 500, -30],
  ]
    .map(
      ([x, y, a]) =>
        `<ellipse cx="${x}" cy="${y}" rx="70" ry="34" transform="rotate(${a} ${x} ${y})" fill="${ink.light}"/>`,
    )
    .join('');
  return `<rect x="166" y="186" width="468" height="452" rx="18" fill="${ink.dark}"/><rect x="198" y="218" width="404" height="388" rx="8" fill="${ink.main}"/><path d="M240 560Q320 400 400 410Q480 420 560 260M400 410Q350 330 400 240" fill="none" stroke="${ink.dark}" stroke-width="14" stroke-linecap="round"/>${leaves}${flower(400, 410, 44, ink.accent, ink.dark)}`;
}

function board(ink: Ink): string {
  return `<rect x="354" y="178" width="92" height="120" rx="36" fill="${ink.dark}"/><circle cx="400" cy="220" r="16" fill="${hsl(ink.h + 180, 30, 94)}"/><rect x="210" y="262" width="380" height="378" rx="44" fill="${ink.main}"/><path d="M250 330Q400 300 550 340M240 420Q400 390 560 430M250 510Q400 480 550 520M270 590Q400 566 530 596" fill="none" stroke="${ink.dark}" stroke-opacity=".45" stroke-width="6"/><ellipse cx="330" cy="460" rx="30" ry="16" fill="none" stroke="${ink.dark}" stroke-opacity=".5" stroke-width="5"/>`;
}

function produceItem(shape: ProduceShape, x: number, y: number, ink: Ink, i: number): string {
  const fill = i % 2 === 0 ? ink.main : hsl(ink.h + 8, 62, 50);
  const leaf = hsl(110, 45, 40);
  switch (shape) {
    case 'round':
      return `<circle cx="${x}" cy="${y}" r="92" fill="${fill}"/><rect x="${x - 5}" y="${y - 120}" width="10" height="40" rx="5" fill="${hsl(25, 45, 30)}"/><ellipse cx="${x + 36}" cy="${y - 104}" rx="34" ry="14" transform="rotate(-25 ${x + 36} ${y - 104})" fill="${leaf}"/><ellipse cx="${x - 34}" cy="${y - 30}" rx="22" ry="32" transform="rotate(30 ${x - 34} ${y - 30})" ${WHITE} fill-opacity=".3"/>`;
    case 'mango':
      return `<path d="M${x - 96} ${y - 4}Q${x - 120} ${y - 30} ${x - 112} ${y - 52}" fill="none" stroke="${hsl(25, 45, 30)}" stroke-width="8"/><ellipse cx="${x - 80}" cy="${y - 66}" rx="38" ry="14" transform="rotate(20 ${x - 80} ${y - 66})" fill="${leaf}"/><ellipse cx="${x}" cy="${y}" rx="112" ry="80" transform="rotate(-20 ${x} ${y})" fill="${fill}"/><ellipse cx="${x + 40}" cy="${y - 20}" rx="56" ry="40" transform="rotate(-20 ${x} ${y})" fill="${hsl(ink.h - 20, 75, 55)}" fill-opacity=".7"/><ellipse cx="${x - 50}" cy="${y - 20}" rx="24" ry="12" transform="rotate(-30 ${x - 50} ${y - 20})" ${WHITE} fill-opacity=".35"/>`;
    case 'salak':
      return `<path d="M${x} ${y - 110}Q${x + 90} ${y - 20} ${x + 70} ${y + 50}Q${x} ${y + 110} ${x - 70} ${y + 50}Q${x - 90} ${y - 20} ${x} ${y - 110}Z" fill="${fill}"/><path d="M${x} ${y - 110}Q${x + 90} ${y - 20} ${x + 70} ${y + 50}Q${x} ${y + 110} ${x - 70} ${y + 50}Q${x - 90} ${y - 20} ${x} ${y - 110}Z" fill="url(#s)"/>`;
    case 'bulb':
      return `<path d="M${x} ${y - 110}Q${x + 18} ${y - 50} ${x + 74} ${y}Q${x + 100} ${y + 74} ${x} ${y + 86}Q${x - 100} ${y + 74} ${x - 74} ${y}Q${x - 18} ${y - 50} ${x} ${y - 110}Z" fill="${fill}"/><path d="M${x - 30} ${y - 20}Q${x - 40} ${y + 40} ${x - 20} ${y + 80}M${x + 30} ${y - 20}Q${x + 40} ${y + 40} ${x + 20} ${y + 80}" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="6"/>`;
    case 'tuber':
      return `<path d="M${x - 100} ${y}Q${x - 96} ${y - 70} ${x - 10} ${y - 74}Q${x + 96} ${y - 80} ${x + 104} ${y - 4}Q${x + 110} ${y + 70} ${x + 10} ${y + 72}Q${x - 104} ${y + 76} ${x - 100} ${y}Z" fill="${fill}"/><circle cx="${x - 40}" cy="${y - 20}" r="6" fill="${ink.dark}"/><circle cx="${x + 30}" cy="${y + 24}" r="6" fill="${ink.dark}"/><circle cx="${x + 50}" cy="${y - 34}" r="5" fill="${ink.dark}"/>`;
    case 'egg':
      return `<ellipse cx="${x}" cy="${y}" rx="66" ry="86" fill="${hsl(ink.h, 32, 80 - (i % 2) * 6)}"/><ellipse cx="${x - 24}" cy="${y - 30}" rx="14" ry="24" ${WHITE} fill-opacity=".5"/>`;
  }
}

function produce(ink: Ink, shape: ProduceShape): string {
  const spots: [number, number][] =
    shape === 'egg'
      ? [
          [310, 520],
          [490, 520],
          [400, 540],
          [350, 400],
          [450, 400],
        ]
      : [
          [300, 520],
          [500, 520],
          [400, 410],
        ];
  const scales =
    shape === 'salak'
      ? `<pattern id="s" width="28" height="24" patternUnits="userSpaceOnUse"><path d="M0 24L14 8L28 24" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="4"/></pattern>`
      : '';
  const items = spots.map(([x, y], i) => produceItem(shape, x, y, ink, i)).join('');
  return `${scales}${items}`;
}

function sack(ink: Ink): string {
  const cloth = hsl(40, 35, 76);
  const grain = hsl(ink.h, 40, 68);
  const grains = [
    [250, 630, 20],
    [282, 644, -30],
    [560, 636, 40],
    [590, 648, -10],
    [530, 652, 70],
  ]
    .map(
      ([x, y, a]) =>
        `<ellipse cx="${x}" cy="${y}" rx="12" ry="6" transform="rotate(${a} ${x} ${y})" fill="${grain}"/>`,
    )
    .join('');
  return `<path d="M272 300Q236 430 250 566Q256 640 332 646H468Q544 640 550 566Q564 430 528 300Z" fill="${cloth}"/><path d="M300 300Q320 220 400 214Q480 220 500 300Z" fill="${grain}"/><rect x="288" y="286" width="224" height="28" rx="14" fill="${hsl(30, 40, 40)}"/><rect x="256" y="440" width="288" height="22" fill="${ink.main}"/><rect x="254" y="476" width="292" height="10" fill="${ink.main}"/><path d="M300 360Q290 460 300 580" fill="none" stroke="#000" stroke-opacity=".08" stroke-width="14"/>${grains}`;
}

function beans(ink: Ink): string {
  const fill = hsl(ink.h, 45, 32);
  const crease = hsl(ink.h, 40, 18);
  const spots = [
    [300, 560],
    [390, 580],
    [480, 560],
    [560, 590],
    [240, 600],
    [340, 490],
    [440, 490],
    [520, 500],
    [390, 420],
    [480, 430],
  ];
  const pile = spots
    .map(([x, y]) => {
      const a = round(ink.rand() * 180);
      return `<g transform="translate(${x} ${y}) rotate(${a})"><ellipse rx="46" ry="32" fill="${fill}"/><path d="M-34 4Q0-12 34 4" fill="none" stroke="${crease}" stroke-width="6"/></g>`;
    })
    .join('');
  return `<ellipse cx="400" cy="600" rx="250" ry="60" fill="${hsl(30, 30, 70)}"/>${pile}`;
}

function fishShape(x: number, y: number, scale: number, ink: Ink, flip: boolean): string {
  const t = `translate(${x} ${y}) scale(${flip ? -scale : scale} ${scale})`;
  const stripes =
    ink.h % 2 === 0
      ? ''
      : `<path d="M-40-70V70M20-60V60" stroke="#000" stroke-opacity=".12" stroke-width="16"/>`;
  return `<g transform="${t}"><path d="M-40-72Q10-150 70-58Z" fill="${ink.dark}"/><path d="M120 0L216-96L196 0L216 96Z" fill="${ink.dark}"/><path d="M-214 0Q-90-128 130-40Q150 0 130 40Q-90 128-214 0Z" fill="${ink.main}"/><path d="M-200 10Q-90 110 130 40Q140 20 136 10Z" fill="${ink.light}" fill-opacity=".6"/>${stripes}<path d="M-104-56Q-80 0-104 56" fill="none" stroke="${ink.dark}" stroke-width="8"/><circle cx="-150" cy="-16" r="16" ${WHITE}/><circle cx="-152" cy="-16" r="8" fill="#1f2933"/></g>`;
}

function fish(ink: Ink, count: 1 | 3): string {
  if (count === 1) return fishShape(390, 420, 1.15, ink, false);
  return (
    fishShape(400, 300, 0.62, ink, false) +
    fishShape(420, 450, 0.62, ink, true) +
    fishShape(390, 590, 0.62, ink, false)
  );
}

function shrimp(ink: Ink): string {
  const arc = 'M250 330A170 170 0 1 0 560 400';
  return `<path d="M560 400L640 350L620 430L660 500L570 450Z" fill="${ink.dark}"/><path d="${arc}" fill="none" stroke="${ink.main}" stroke-width="96" stroke-linecap="round"/><path d="${arc}" fill="none" stroke="#000" stroke-opacity=".14" stroke-width="96" stroke-dasharray="8 46"/><path d="M250 300Q320 170 470 150M240 310Q250 170 360 110" fill="none" stroke="${ink.dark}" stroke-width="6"/><circle cx="236" cy="306" r="12" fill="#1f2933"/><path d="M300 470L270 540M350 510L330 580M410 530L400 600" stroke="${ink.dark}" stroke-width="10" stroke-linecap="round"/>`;
}

function seaweed(ink: Ink): string {
  const strokes = [
    'M400 640Q360 520 410 420Q450 330 400 220',
    'M400 640Q470 540 520 470Q560 400 540 300',
    'M400 640Q320 560 280 480Q250 400 280 320',
    'M410 420Q470 380 480 330',
    'M300 500Q230 470 220 410',
    'M520 470Q590 470 610 420',
  ];
  const paths = strokes
    .map(
      (d, i) =>
        `<path d="${d}" fill="none" stroke="${i % 2 ? ink.main : ink.dark}" stroke-width="${i < 3 ? 30 : 22}" stroke-linecap="round"/>`,
    )
    .join('');
  return `${paths}<ellipse cx="400" cy="644" rx="150" ry="22" fill="${hsl(40, 35, 70)}"/>`;
}

function soap(ink: Ink): string {
  const bubbles = [
    [520, 300, 40],
    [590, 250, 24],
    [470, 240, 18],
  ]
    .map(
      ([x, y, r]) =>
        `<circle cx="${x}" cy="${y}" r="${r}" ${WHITE} fill-opacity=".55" stroke="${ink.dark}" stroke-opacity=".35" stroke-width="4"/>`,
    )
    .join('');
  return `<rect x="244" y="470" width="330" height="170" rx="46" fill="${hsl(ink.h + 30, 40, 70)}"/><rect x="214" y="360" width="360" height="200" rx="52" fill="${ink.dark}"/><rect x="222" y="356" width="344" height="168" rx="46" fill="${ink.main}"/>${flower(394, 440, 36, ink.light, ink.dark)}${bubbles}`;
}

function plant(ink: Ink): string {
  const leaf = (a: number, len: number): string =>
    `<ellipse cx="400" cy="${470 - len}" rx="${round(len * 0.28)}" ry="${len}" transform="rotate(${a} 400 470)" fill="${a % 20 === 0 ? ink.main : ink.dark}"/>`;
  return `${leaf(-58, 120)}${leaf(58, 120)}${leaf(-28, 150)}${leaf(28, 150)}${leaf(0, 170)}<path d="M304 470H496L484 640H316Z" fill="#2e3135"/><path d="M330 500L340 620M460 500L452 620" stroke="#fff" stroke-opacity=".12" stroke-width="8"/><rect x="296" y="462" width="208" height="24" rx="10" fill="#3d4248"/>`;
}

/** What `renderIllustration` needs to know about a product. */
export interface IllustrationInput {
  /** Seeds the colours and small variations: the same id always gives the same picture. */
  readonly id: string;
  readonly art: Art;
}

/**
 * Draws one product as a standalone SVG (800 × 800, no text, no scripts, no external
 * references). Pure: the same input always returns the same string.
 */
export function renderIllustration({ id, art }: IllustrationInput): string {
  const rand = seeded(hashString(id));
  const h = round(art.hue ?? rand() * 360) % 360;
  const jitter = round(rand() * 10) - 5;
  const hue = h + jitter;
  const ink: Ink = {
    h: hue,
    rand,
    main: hsl(hue, 55, 48),
    dark: hsl(hue, 50, 32),
    light: hsl(hue, 60, 86),
    accent: hsl(hue + 150, 55, 52),
  };
  const bgHue = hue + 150 + round(rand() * 60);
  const pattern = art.pattern ?? PATTERNS[Math.floor(rand() * 6)]!;
  const usesPattern = ['cloth', 'shirt', 'dress', 'bag', 'basket', 'mat'].includes(art.kind);
  const defs = usesPattern ? `<defs>${patternDef(pattern)}</defs>` : '';
  const body = draw(art, ink);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">` +
    defs +
    `<rect width="800" height="800" fill="${hsl(bgHue, 45, 95)}"/>` +
    `<circle cx="400" cy="400" r="310" fill="${hsl(bgHue, 40, 88)}"/>` +
    `<ellipse cx="400" cy="648" rx="250" ry="30" fill="#1e293b" fill-opacity=".1"/>` +
    body +
    `</svg>\n`
  );
}

function draw(art: Art, ink: Ink): string {
  switch (art.kind) {
    case 'cloth':
      return cloth(ink);
    case 'shirt':
      return shirt(ink);
    case 'dress':
      return dress(ink);
    case 'bag':
      return bag(ink);
    case 'sandal':
      return sandal(ink);
    case 'jewel':
      return jewel(ink);
    case 'pouch':
      return pouch(ink);
    case 'jar':
      return jar(ink);
    case 'bottle':
      return bottle(ink);
    case 'dropper':
      return dropper(ink);
    case 'basket':
      return basket(ink);
    case 'mat':
      return mat(ink);
    case 'pot':
      return pot(ink);
    case 'bowl':
      return bowl(ink);
    case 'box':
      return box(ink);
    case 'panel':
      return panel(ink);
    case 'board':
      return board(ink);
    case 'produce':
      return produce(ink, art.shape ?? 'round');
    case 'sack':
      return sack(ink);
    case 'beans':
      return beans(ink);
    case 'fish':
      return fish(ink, art.count ?? 1);
    case 'shrimp':
      return shrimp(ink);
    case 'seaweed':
      return seaweed(ink);
    case 'soap':
      return soap(ink);
    case 'plant':
      return plant(ink);
  }
}

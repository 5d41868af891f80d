// Product search on a 10,000-product catalog, keystroke by keystroke, against a plain
// `Array.filter` substring search over the same products in the same run. Prints figures
// only; it never fails on timing (a shared CI machine is no place for a stopwatch test).
//
//   cd bench && node --conditions=source --import tsx search.bench.ts
import { KABUPATEN_KOTA, createProductSearch, findRegion, queryProducts } from '@etalase/catalog';
import { sampleStats } from './sample-stats.js';
import type { SampleStats } from './sample-stats.js';
import type { Category, Product, ProductSearch, Seller } from '@etalase/catalog';

const PRODUCT_COUNT = 10_000;
const SELLER_COUNT = 600;
const ROUNDS = 20;
const WARMUP_ROUNDS = 3;
const QUERIES = [
  'keripik tempe',
  'batik tulis lasem',
  'kopi gayo',
  'ikan asin',
  'sambel bawang',
  'kripik tmpe',
];

// mulberry32: small, fast and the same sequence on every machine.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20261128);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number): boolean => random() < p;

/** A product line: what it is called, its variants, and where it usually comes from. */
interface Line {
  readonly category: Category;
  readonly base: readonly string[];
  readonly kinds: readonly string[];
  readonly region?: string;
  readonly tags: readonly string[];
}

const LINES: readonly Line[] = [
  {
    category: 'kuliner',
    base: ['Keripik', 'Keripik', 'Kripik'],
    kinds: ['Tempe', 'Singkong', 'Pisang', 'Kentang', 'Talas', 'Sukun', 'Usus', 'Bayam', 'Jamur'],
    tags: ['camilan', 'oleh-oleh', 'gurih'],
  },
  {
    category: 'kuliner',
    base: ['Kerupuk', 'Krupuk'],
    kinds: ['Udang', 'Ikan', 'Kulit', 'Rambak', 'Bawang', 'Puli', 'Gendar'],
    tags: ['camilan', 'lauk'],
  },
  {
    category: 'kuliner',
    base: ['Sambal', 'Sambel'],
    kinds: ['Bawang', 'Terasi', 'Ijo', 'Roa', 'Matah', 'Cumi', 'Teri', 'Bajak', 'Dabu-dabu'],
    tags: ['pedas', 'lauk', 'botolan'],
  },
  {
    category: 'kuliner',
    base: ['Kopi Arabika', 'Kopi Robusta', 'Kopi Bubuk', 'Kopi'],
    kinds: ['Gayo', 'Toraja', 'Kintamani', 'Flores Bajawa', 'Temanggung', 'Lampung', 'Kerinci'],
    tags: ['kopi', 'minuman', 'single origin'],
  },
  {
    category: 'kuliner',
    base: ['Bakpia', 'Dodol', 'Wingko', 'Lumpia', 'Brem', 'Getuk'],
    kinds: ['Kacang Hijau', 'Keju', 'Cokelat', 'Durian', 'Original', 'Ubi Ungu', 'Nangka'],
    tags: ['oleh-oleh', 'kue', 'manis'],
  },
  {
    category: 'kuliner',
    base: ['Abon', 'Rendang', 'Emping', 'Rempeyek', 'Madu', 'Gula Aren', 'Jamu'],
    kinds: ['Sapi', 'Ayam', 'Melinjo', 'Kacang', 'Hutan', 'Cair', 'Kunyit Asam', 'Beras Kencur'],
    tags: ['lauk', 'herbal', 'oleh-oleh'],
  },
  {
    category: 'fashion',
    base: ['Batik Tulis', 'Batik Cap', 'Kain Batik', 'Kemeja Batik', 'Daster Batik'],
    kinds: ['Lasem', 'Pekalongan', 'Madura', 'Solo', 'Jogja', 'Cirebon Mega Mendung', 'Tuban'],
    region: '33.17',
    tags: ['batik', 'kain', 'wastra'],
  },
  {
    category: 'fashion',
    base: ['Tenun Ikat', 'Songket', 'Ulos', 'Sarung Tenun', 'Kain Tenun'],
    kinds: ['Sumba', 'Palembang', 'Batak', 'Samarinda', 'Troso', 'Lombok', 'Toraja'],
    tags: ['tenun', 'kain', 'wastra'],
  },
  {
    category: 'fashion',
    base: ['Kaos Sablon', 'Tas Rajut', 'Hijab Ecoprint', 'Blangkon', 'Sepatu Kulit', 'Sandal'],
    kinds: ['Pria', 'Wanita', 'Anak', 'Motif Parang', 'Cibaduyut', 'Jepit Anyaman'],
    tags: ['fesyen', 'lokal'],
  },
  {
    category: 'kerajinan',
    base: ['Anyaman Rotan', 'Gerabah', 'Ukiran Kayu', 'Wayang Kulit', 'Tas Anyaman', 'Topeng'],
    kinds: ['Kasongan', 'Jepara', 'Pandan', 'Malangan', 'Bambu', 'Plered', 'Purun'],
    tags: ['kerajinan', 'dekorasi', 'handmade'],
  },
  {
    category: 'kerajinan',
    base: ['Perak', 'Lampu Hias', 'Piring Lidi', 'Vas Keramik', 'Kipas Cendana', 'Miniatur'],
    kinds: ['Kotagede', 'Bambu', 'Rotan', 'Bali', 'Anyaman', 'Kayu Jati'],
    tags: ['kerajinan', 'suvenir'],
  },
  {
    category: 'pertanian',
    base: ['Beras', 'Cabai Rawit', 'Jahe Merah', 'Kunyit', 'Bawang Merah', 'Salak', 'Alpukat'],
    kinds: ['Organik', 'Merah', 'Pondoh', 'Brebes', 'Mentega', 'Segar', 'Kering', 'Cianjur'],
    tags: ['hasil tani', 'segar'],
  },
  {
    category: 'pertanian',
    base: ['Gula Semut', 'Vanili', 'Cengkeh', 'Pala', 'Kayu Manis', 'Green Bean Kopi', 'Kakao'],
    kinds: ['Kulon Progo', 'Minahasa', 'Banda', 'Kerinci', 'Gayo', 'Polewali', 'Organik'],
    tags: ['rempah', 'hasil kebun'],
  },
  {
    category: 'perikanan',
    base: ['Ikan Asin', 'Ikan Asap', 'Bandeng Presto', 'Cumi Asin', 'Teri', 'Udang Kering'],
    kinds: ['Jambal Roti', 'Peda', 'Juwana', 'Medan', 'Ebi', 'Tongkol', 'Layur', 'Kakap'],
    tags: ['ikan', 'lauk', 'hasil laut'],
  },
  {
    category: 'perikanan',
    base: ['Terasi Udang', 'Abon Ikan', 'Rumput Laut', 'Petis Udang', 'Kerupuk Ikan'],
    kinds: ['Tuna', 'Tenggiri', 'Kering', 'Sidoarjo', 'Bangka', 'Lombok'],
    tags: ['hasil laut', 'olahan ikan'],
  },
];

const SIZES = ['100 gr', '250 gr', '500 gr', '1 kg', 'isi 10', 'per lembar', '2 x 1,15 m'];
const FLAVOURS = ['gurih', 'pedas', 'manis', 'asin', 'pedas manis', 'original', 'balado'];
const SELLER_PREFIXES = ['UD', 'CV', 'Dapur', 'Rumah', 'Toko', 'Griya', 'Omah', 'Kedai'];
const SELLER_NAMES = [
  'Bu Siti',
  'Pak Darmo',
  'Berkah Jaya',
  'Sumber Rejeki',
  'Mekar Sari',
  'Lestari',
  'Sido Mulyo',
  'Barokah',
  'Sekar Arum',
  'Putri Ayu',
  'Tiga Saudara',
  'Mandiri',
  'Nusantara',
  'Sinar Abadi',
  'Mbok Darmi',
];
const SENTENCES = [
  (p: string) => `${p} dibuat dari bahan pilihan tanpa pengawet dan tanpa pewarna buatan.`,
  () => 'Cocok untuk oleh-oleh, hantaran, dan camilan keluarga di rumah.',
  () => 'Dikemas rapi dalam kemasan standing pouch, tahan hingga tiga bulan.',
  (_p: string, city: string) => `Pengiriman dari ${city} setiap hari kerja, bisa COD.`,
  () => `Tersedia juga ukuran ${pick(SIZES)}.`,
  () => `Rasanya ${pick(FLAVOURS)} dan renyah, bikin nagih.`,
  () => 'Diproduksi oleh UMKM binaan dinas koperasi setempat dan sudah bersertifikat halal.',
  () => 'Nikmat disantap bersama nasi hangat, sambal, dan kerupuk.',
  () => 'Pas menemani secangkir kopi atau teh di sore hari.',
  () => 'Dikerjakan tangan oleh perajin lokal dengan pewarna alam.',
  () => 'Harga grosir tersedia untuk reseller, hubungi kami lewat WhatsApp.',
  (p: string) => `Stok ${p.toLowerCase()} selalu baru, dibuat setiap minggu.`,
];

function makeSellers(): Seller[] {
  return Array.from({ length: SELLER_COUNT }, (_, i) => {
    const region = pick(KABUPATEN_KOTA);
    return {
      id: `s${String(i).padStart(4, '0')}`,
      name: `${pick(SELLER_PREFIXES)} ${pick(SELLER_NAMES)}`,
      region: { code: region.code, name: region.name },
    };
  });
}

function makeProducts(sellers: readonly Seller[]): Product[] {
  return Array.from({ length: PRODUCT_COUNT }, (_, i) => {
    const line = pick(LINES);
    const name = `${pick(line.base)} ${pick(line.kinds)}${chance(0.4) ? ` ${pick(SIZES)}` : ''}`;
    const seller = pick(sellers);
    const city = seller.region!.name.replace(/^(Kabupaten|Kota) /, '');
    const sentences = Array.from({ length: 3 + Math.floor(random() * 5) }, () =>
      pick(SENTENCES)(name, city),
    );
    const originInfo = line.region && chance(0.5) ? findRegion(line.region) : undefined;
    const low = 5_000 + Math.floor(random() * 400) * 1_000;
    return {
      id: `p${String(i).padStart(5, '0')}`,
      name,
      description: sentences.join(' '),
      category: line.category,
      price: chance(0.2) ? { min: low, max: low * 2 } : low,
      images: [],
      sellerId: seller.id,
      ...(originInfo ? { origin: { code: originInfo.code, name: originInfo.name } } : {}),
      madeLocally: chance(0.7),
      tags: line.tags.filter(() => chance(0.6)),
      updatedAt: `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
    };
  });
}

const stats = sampleStats;
type Stats = SampleStats;

const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;
const row = (label: string, s: Stats) =>
  `  ${label.padEnd(26)} p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   max ${ms(s.max)}`;

/** Times `run` on every keystroke of every query; returns samples per query. */
function typeEveryQuery(run: (typed: string) => number): Map<string, number[]> {
  const samples = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        const start = performance.now();
        run(typed);
        const elapsed = performance.now() - start;
        if (round >= WARMUP_ROUNDS) samples.get(query)!.push(elapsed);
      }
    }
  }
  return samples;
}

const sellers = makeSellers();
const products = makeProducts(sellers);
const catalog = { sellers, products };
const averageDescription =
  products.reduce((sum, p) => sum + p.description.length, 0) / products.length;

console.log(`node ${process.version} (${process.platform} ${process.arch})`);
console.log(
  `catalog: ${products.length} products, ${sellers.length} sellers, ` +
    `descriptions ${Math.round(averageDescription)} characters on average`,
);

const buildTimes: number[] = [];
let search: ProductSearch | undefined;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  search = createProductSearch(catalog);
  buildTimes.push(performance.now() - start);
}
const index = search!;
console.log(
  `index build: first ${buildTimes[0]!.toFixed(0)} ms, ` +
    `median of 5 ${stats(buildTimes).p50.toFixed(0)} ms`,
);

// The baseline gets its lowercased text precomputed too, so only the per-keystroke work
// is compared.
const haystacks = products.map((p) => `${p.name} ${p.description}`.toLowerCase());
const baseline = (typed: string): Product[] => {
  const needle = typed.toLowerCase();
  return products.filter((_, i) => haystacks[i]!.includes(needle));
};

let sink = 0;
const ours = typeEveryQuery((typed) => (sink += index.search(typed).length));
const plain = typeEveryQuery((typed) => (sink += baseline(typed).length));
const combined = typeEveryQuery(
  (typed) =>
    (sink += queryProducts(index, {
      query: typed,
      filters: { regionCode: '33', maxPrice: 150_000 },
      sort: 'price-asc',
    }).length),
);

console.log(
  `\nper keystroke, ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds ` +
    `(${QUERIES.length} queries typed one letter at a time):`,
);
for (const query of QUERIES) {
  console.log(
    `"${query}"  (final results: search ${index.search(query).length}, ` +
      `substring ${baseline(query).length})`,
  );
  console.log(row('search', stats(ours.get(query)!)));
  console.log(row('substring baseline', stats(plain.get(query)!)));
}
const all = (samples: Map<string, number[]>) => stats([...samples.values()].flat());
const oursAll = all(ours);
const plainAll = all(plain);
console.log('\nall keystrokes:');
console.log(row('search', oursAll));
console.log(row('search + filter + sort', all(combined)));
console.log(row('substring baseline', plainAll));
console.log(
  `ratio search / baseline: p50 ${(oursAll.p50 / plainAll.p50).toFixed(2)}x, ` +
    `p95 ${(oursAll.p95 / plainAll.p95).toFixed(2)}x`,
);
console.log(`target p95 ≤ 16 ms per keystroke: ${oursAll.p95 <= 16 ? 'met' : 'NOT met'}`);
// Printed so the work above cannot be optimised away.
console.log(`(checksum ${sink})`);

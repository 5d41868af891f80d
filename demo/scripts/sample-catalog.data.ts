// The hand-written table behind the demo's sample catalog: fictional UMKM in real
// kabupaten/kota, each selling what its area is known for. Prices are rupiah at 2026 retail
// levels. `generate-sample-catalog.ts` turns this into `demo/public/katalog.json`.
import type { Category, Marketplace } from '@etalase/catalog';
import type { Art } from './product-illustration.js';

/** One product as written in the table; the generator adds ids, images, links and dates. */
export interface SampleProduct {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly price: number | { readonly min: number; readonly max: number };
  readonly unit: string;
  /** 2–4 sentences: what it is, how and by whom it is made, one practical detail. */
  readonly description: string;
  readonly tags: readonly string[];
  readonly art: Art;
  /** Units in stock; left out when the seller does not say. */
  readonly stock?: number;
  /** Kemendagri code of where the product comes from; default the seller's region. */
  readonly origin?: string;
  /** False for goods the seller buys and resells. Default true. */
  readonly madeLocally?: boolean;
}

/** One seller and everything it sells. */
export interface SampleSeller {
  readonly id: string;
  readonly name: string;
  /** Kemendagri kabupaten/kota code. */
  readonly region: string;
  readonly description: string;
  /** Marketplaces where the seller has a (fictional, example) shop. */
  readonly shops: readonly Marketplace[];
  readonly products: readonly SampleProduct[];
}

/** Every seller of the sample catalog, in the order the catalog lists them. */
export const SAMPLE_SELLERS: readonly SampleSeller[] = [
  // ── Aceh ────────────────────────────────────────────────────────────────────────────
  {
    id: 'kopi-gayo-inen-ratna',
    name: 'Kopi Gayo Inen Ratna',
    region: '11.04',
    description:
      'Usaha keluarga di Takengon yang menanam, mengolah dan menyangrai kopi arabika Gayo sendiri sejak 2012. Kebun kami di ketinggian sekitar 1.400 mdpl, di bawah naungan pohon lamtoro.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'kopi-arabika-gayo-sangrai-250g',
        name: 'Kopi Arabika Gayo Biji Sangrai',
        category: 'kuliner',
        price: 85000,
        unit: 'per 250 g',
        description:
          'Biji kopi arabika Gayo yang kami sangrai tingkat medium, jadi rasa buah dan asamnya masih terasa lembut dengan aroma gula aren. Ceri kopi dipetik merah lalu diproses giling basah seperti kebiasaan petani Gayo. Kami menyangrai dua kali seminggu supaya kopi yang sampai ke tangan Anda selalu segar. Simpan di wadah kedap udara dan habiskan dalam enam minggu.',
        tags: [
          'kopi',
          'kopi gayo',
          'arabika',
          'arabica',
          'biji kopi',
          'coffee',
          'aceh',
          'takengon',
        ],
        art: { kind: 'pouch', hue: 24 },
        stock: 40,
      },
      {
        id: 'green-bean-arabika-gayo-1kg',
        name: 'Green Bean Arabika Gayo Grade 1',
        category: 'pertanian',
        price: 165000,
        unit: 'per kg',
        description:
          'Biji kopi mentah hasil sortasi tangan dari kebun keluarga kami di Bebesen, kadar air sekitar 12 persen. Cocok untuk kedai kecil atau Anda yang ingin belajar menyangrai sendiri di rumah. Tersedia juga karung 30 kg; tanyakan harganya lewat WhatsApp.',
        tags: ['green bean', 'greenbean', 'biji kopi mentah', 'kopi gayo', 'arabika', 'kopi'],
        art: { kind: 'beans', hue: 95 },
        stock: 25,
      },
      {
        id: 'kopi-wine-gayo-100g',
        name: 'Kopi Wine Gayo',
        category: 'kuliner',
        price: 95000,
        unit: 'per 100 g',
        description:
          'Ceri kopi kami fermentasi utuh beberapa minggu sebelum dijemur, hasilnya rasa manis seperti tape dengan aroma mirip anggur, tanpa alkohol. Produksinya sedikit dan sangat bergantung pada cuaca saat penjemuran. Sekarang sedang habis; biasanya ada lagi sesudah panen raya.',
        tags: ['kopi wine', 'wine coffee', 'kopi gayo', 'arabika', 'kopi fermentasi'],
        art: { kind: 'pouch', hue: 345 },
        stock: 0,
      },
      {
        id: 'bibit-kopi-arabika-gayo',
        name: 'Bibit Kopi Arabika Gayo 1',
        category: 'lainnya',
        price: 5000,
        unit: 'per polybag',
        description:
          'Bibit kopi varietas Gayo 1 umur enam bulan, disemai dari biji pohon induk di kebun kami. Tinggi sekitar 30 cm dengan empat sampai enam pasang daun. Minimal pembelian 50 polybag, dan hanya kami kirim ke wilayah Aceh Tengah dan Bener Meriah.',
        tags: ['bibit kopi', 'bibit', 'kopi gayo', 'arabika', 'tanaman kopi'],
        art: { kind: 'plant', hue: 130 },
        stock: 600,
      },
    ],
  },
  {
    id: 'kerawang-gayo-ine-mutia',
    name: 'Sanggar Kerawang Gayo Ine Mutia',
    region: '11.13',
    description:
      'Kelompok ibu-ibu penyulam di Blangkejeren yang menjaga motif kerawang Gayo. Semua disulam dengan tangan, dengan benang merah, kuning, hijau dan putih di atas kain hitam.',
    shops: ['shopee'],
    products: [
      {
        id: 'tas-selempang-kerawang-gayo',
        name: 'Tas Selempang Kerawang Gayo',
        category: 'fashion',
        price: 175000,
        unit: 'per pcs',
        description:
          'Tas selempang 24 × 18 cm dari kain hitam bersulam kerawang, dengan lapisan dalam dan ritsleting. Satu tas disulam sekitar empat hari oleh ibu-ibu anggota sanggar. Talinya bisa diatur; muat ponsel, dompet dan buku catatan kecil.',
        tags: ['tas', 'tas selempang', 'kerawang', 'kerawang gayo', 'sulaman', 'gayo lues', 'aceh'],
        art: { kind: 'bag', hue: 0, pattern: 'ikat' },
        stock: 15,
      },
      {
        id: 'selendang-kerawang-gayo',
        name: 'Selendang Kerawang Gayo',
        category: 'fashion',
        price: 250000,
        unit: 'per lembar',
        description:
          'Selendang panjang 180 cm dengan sulaman kerawang di kedua ujungnya, biasa dipakai untuk acara adat dan pesta pernikahan. Tiap warna benang punya makna sendiri bagi orang Gayo. Cuci dengan tangan memakai air dingin, jangan diperas terlalu kuat.',
        tags: ['selendang', 'kerawang', 'kerawang gayo', 'sulaman', 'kain adat', 'aceh'],
        art: { kind: 'cloth', hue: 350, pattern: 'songket' },
      },
      {
        id: 'kemeja-kerawang-gayo',
        name: 'Kemeja Pria Bordir Kerawang Gayo',
        category: 'fashion',
        price: { min: 285000, max: 320000 },
        unit: 'per pcs',
        description:
          'Kemeja lengan panjang bahan katun dengan bordir kerawang di kerah, saku dan ujung lengan. Dijahit di Blangkejeren dalam ukuran M sampai XXL; ukuran besar sedikit lebih mahal. Nyaman dipakai ke kantor maupun ke kenduri.',
        tags: ['kemeja', 'kemeja pria', 'baju', 'kerawang', 'kerawang gayo', 'bordir'],
        art: { kind: 'shirt', hue: 210, pattern: 'plain' },
        stock: 8,
      },
    ],
  },
  {
    id: 'kt-nilam-jaya-lamno',
    name: 'Kelompok Tani Nilam Jaya Lamno',
    region: '11.14',
    description:
      'Kelompok tani nilam di Lamno yang menyuling daun nilam sendiri dengan ketel uap. Minyak nilam Aceh dikenal wangi dan kuat, dan banyak dicari pembuat parfum.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'minyak-nilam-aceh-10ml',
        name: 'Minyak Nilam Aceh Murni',
        category: 'lainnya',
        price: 45000,
        unit: 'per botol 10 ml',
        description:
          'Minyak atsiri nilam hasil penyulingan kelompok kami sendiri, tanpa campuran apa pun. Aromanya hangat dan membumi; biasa dipakai sebagai pengikat parfum, campuran minyak pijat, atau diteteskan ke diffuser. Jangan dioleskan langsung ke kulit tanpa dicampur minyak pembawa.',
        tags: ['minyak nilam', 'nilam', 'patchouli', 'minyak atsiri', 'essential oil', 'aceh'],
        art: { kind: 'dropper', hue: 30 },
        stock: 48,
      },
      {
        id: 'sabun-nilam-serai',
        name: 'Sabun Batang Nilam & Serai',
        category: 'lainnya',
        price: 25000,
        unit: 'per pcs 100 g',
        description:
          'Sabun cold process buatan ibu-ibu anggota kelompok dari minyak kelapa, minyak nilam dan serai wangi. Setelah dicetak, sabun kami diamkan empat minggu supaya lembut di kulit. Simpan di tatakan yang airnya bisa mengalir agar tidak cepat lembek.',
        tags: ['sabun', 'sabun batang', 'sabun nilam', 'sabun alami', 'serai', 'sereh'],
        art: { kind: 'soap', hue: 100 },
        stock: 60,
      },
      {
        id: 'bibit-nilam-tapak-tuan',
        name: 'Bibit Nilam Varietas Tapak Tuan',
        category: 'lainnya',
        price: 3500,
        unit: 'per polybag',
        description:
          'Bibit nilam dari stek batang varietas Tapak Tuan, sudah berakar dan berumur sekitar dua bulan. Tanam di tanah gembur yang tidak tergenang, dengan jarak kira-kira satu meter. Daun pertama bisa dipanen enam bulan setelah tanam.',
        tags: ['bibit nilam', 'bibit', 'nilam', 'tanaman atsiri', 'aceh jaya'],
        art: { kind: 'plant', hue: 105 },
      },
    ],
  },
  // ── Sumatera Barat ─────────────────────────────────────────────────────────────────
  {
    id: 'rendang-uni-ros',
    name: 'Rendang Uni Ros',
    region: '13.76',
    description:
      'Dapur rumahan di Payakumbuh yang memasak rendang dengan kayu bakar sejak 2009. Semua bumbu digiling sendiri dan santan diperas dari kelapa tua setiap pagi.',
    shops: ['tokopedia', 'shopee', 'tiktok'],
    products: [
      {
        id: 'rendang-daging-kering-250g',
        name: 'Rendang Daging Sapi Kering',
        category: 'kuliner',
        price: 120000,
        unit: 'per 250 g',
        description:
          'Rendang daging sapi yang dimasak hampir delapan jam sampai bumbunya kering dan kehitaman, seperti rendang bekal merantau. Tanpa pengawet; tahan sekitar tiga minggu di suhu ruang dan tiga bulan di freezer. Dikemas vakum lalu dimasukkan ke toples, aman dikirim ke luar pulau.',
        tags: [
          'rendang',
          'randang',
          'rendang kering',
          'rendang daging',
          'padang',
          'minang',
          'payakumbuh',
        ],
        art: { kind: 'jar', hue: 18 },
        stock: 30,
      },
      {
        id: 'rendang-telur-payakumbuh',
        name: 'Rendang Telur Khas Payakumbuh',
        category: 'kuliner',
        price: 35000,
        unit: 'per 250 g',
        description:
          'Camilan renyah dari adonan telur dan tepung yang digoreng tipis, lalu dibalur bumbu rendang. Gurih dan pedas, cocok jadi teman nasi atau dimakan begitu saja sambil ngobrol. Setelah dibuka, simpan di toples rapat supaya tetap renyah sampai dua minggu.',
        tags: ['rendang telur', 'randang talua', 'camilan', 'payakumbuh', 'oleh-oleh', 'kerupuk'],
        art: { kind: 'pouch', hue: 12 },
        stock: 45,
      },
      {
        id: 'rendang-paru-250g',
        name: 'Rendang Paru Kering',
        category: 'kuliner',
        price: 95000,
        unit: 'per 250 g',
        description:
          'Paru sapi diiris tipis, direbus sampai bersih, lalu dimasak bersama bumbu rendang hingga garing. Teksturnya renyah seperti keripik dengan bumbu yang meresap sampai ke dalam. Stok sedang kosong karena paru segar sulit didapat; pesanan berikutnya kami buka setiap Kamis.',
        tags: ['rendang paru', 'randang paru', 'paru', 'rendang', 'minang'],
        art: { kind: 'jar', hue: 8 },
        stock: 0,
      },
      {
        id: 'dendeng-batokok-lado-mudo',
        name: 'Dendeng Batokok Lado Mudo',
        category: 'kuliner',
        price: 110000,
        unit: 'per 250 g',
        description:
          'Daging sapi diiris, dipukul-pukul (ditokok) sampai pipih, dibakar, lalu disiram sambal cabai hijau dan bawang. Dikirim dalam kemasan vakum yang tahan lima hari di suhu ruang. Hangatkan sebentar di wajan sebelum disajikan dengan nasi panas.',
        tags: ['dendeng', 'dendeng batokok', 'lado mudo', 'cabai hijau', 'lauk', 'minang'],
        art: { kind: 'jar', hue: 95 },
        stock: 12,
      },
    ],
  },
  {
    id: 'sanjai-amak-ijah',
    name: 'Karupuak Sanjai Amak Ijah',
    region: '13.75',
    description:
      'Usaha kerupuk singkong turun-temurun di Bukittinggi. Singkong kami ambil dari petani di sekitar Ngarai Sianok dan digoreng setiap hari di dapur sendiri.',
    shops: ['shopee'],
    products: [
      {
        id: 'keripik-sanjai-balado-500g',
        name: 'Keripik Sanjai Balado',
        category: 'kuliner',
        price: 55000,
        unit: 'per 500 g',
        description:
          'Keripik singkong tipis berbalut sambal balado merah yang manis pedas, oleh-oleh wajib dari Bukittinggi. Baladonya kami masak sendiri dari cabai, gula dan bawang, bukan bumbu bubuk. Tahan sekitar sebulan kalau kemasannya ditutup rapat. Pesanan di atas 5 kg kami kemas dalam kardus supaya tidak remuk.',
        tags: [
          'keripik',
          'kripik',
          'keripik balado',
          'kripik balado',
          'sanjai',
          'singkong',
          'bukittinggi',
          'oleh-oleh',
        ],
        art: { kind: 'pouch', hue: 4 },
        stock: 60,
      },
      {
        id: 'karupuak-jangek',
        name: 'Karupuak Jangek (Kerupuk Kulit Sapi)',
        category: 'kuliner',
        price: 45000,
        unit: 'per 250 g',
        description:
          'Kerupuk kulit sapi yang dijemur lalu digoreng sampai mengembang, teman setia soto dan gulai di Ranah Minang. Kami kemas dalam plastik tebal supaya tidak hancur di perjalanan. Kalau mulai melempem, sangrai sebentar di wajan tanpa minyak.',
        tags: ['kerupuk kulit', 'krupuk kulit', 'jangek', 'karupuak', 'kerupuk', 'minang'],
        art: { kind: 'pouch', hue: 40 },
      },
    ],
  },
  {
    id: 'songket-bundo-rasyidah',
    name: 'Tenun Songket Bundo Rasyidah',
    region: '13.04',
    description:
      'Rumah tenun di Nagari Pandai Sikek, di kaki Gunung Singgalang. Bundo Rasyidah menenun bersama enam penenun muda; di sela menenun, keluarga kami juga mengolah daun kopi menjadi kawa daun.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'kain-songket-pandai-sikek',
        name: 'Kain Songket Pandai Sikek Motif Pucuak Rabuang',
        category: 'fashion',
        price: { min: 2500000, max: 4500000 },
        unit: 'per lembar',
        description:
          'Kain songket tenun tangan berbenang emas dengan motif pucuak rabuang (pucuk rebung). Satu lembar berukuran sekitar 200 × 100 cm dan dikerjakan satu sampai dua bulan. Harganya bergantung pada kerapatan benang emas dan benang dasarnya, katun atau sutra. Simpan terlipat dengan kertas di antaranya, jangan digantung lama.',
        tags: [
          'songket',
          'songket minang',
          'songket pandai sikek',
          'pandai sikek',
          'tenun',
          'kain tenun',
        ],
        art: { kind: 'cloth', hue: 350, pattern: 'songket' },
        stock: 4,
      },
      {
        id: 'selendang-songket-minang',
        name: 'Selendang Songket Minang',
        category: 'fashion',
        price: 750000,
        unit: 'per lembar',
        description:
          'Selendang songket selebar 50 cm untuk melengkapi baju kuruang atau kebaya. Benang emas hanya di ujung dan pinggir, sehingga bagian tengahnya ringan dan nyaman dipakai seharian. Tersedia warna merah marun, hitam dan hijau lumut.',
        tags: ['selendang', 'songket', 'selendang songket', 'minang', 'tenun'],
        art: { kind: 'cloth', hue: 150, pattern: 'songket' },
        stock: 7,
      },
      {
        id: 'kawa-daun-kering',
        name: 'Kawa Daun Kering',
        category: 'kuliner',
        price: 30000,
        unit: 'per 100 g',
        description:
          'Daun kopi yang diasap kering di atas tungku, diseduh seperti teh; di Tanah Datar minuman ini disebut aia kawa. Rasanya ringan dengan aroma asap yang khas. Seduh satu sendok makan dengan air mendidih dan diamkan lima menit.',
        tags: ['kawa daun', 'aia kawa', 'kopi daun', 'teh', 'minang', 'tanah datar'],
        art: { kind: 'pouch', hue: 70 },
      },
    ],
  },
  {
    id: 'kwt-bareh-solok-saiyo',
    name: 'KWT Bareh Solok Saiyo',
    region: '13.02',
    description:
      'Kelompok wanita tani di Gunung Talang yang menanam padi anak daro dan bawang merah, lalu mengolah dan mengemas hasil kebun anggota.',
    shops: [],
    products: [
      {
        id: 'beras-solok-anak-daro-5kg',
        name: 'Beras Solok Anak Daro',
        category: 'pertanian',
        price: 85000,
        unit: 'per 5 kg',
        description:
          'Beras pera khas Solok dari varietas anak daro; nasinya pulen tapi tidak lengket, pas untuk nasi Padang dan lontong. Digiling dari gabah panen terbaru di huller dekat sawah anggota. Tanpa pemutih dan pewangi; simpan di tempat kering dan tertutup.',
        tags: ['beras', 'beras solok', 'bareh solok', 'anak daro', 'beras pera', 'padi'],
        art: { kind: 'sack', hue: 48 },
        stock: 50,
      },
      {
        id: 'beras-merah-solok-2kg',
        name: 'Beras Merah Solok',
        category: 'pertanian',
        price: 48000,
        unit: 'per 2 kg',
        description:
          'Beras merah tumbuk setengah, tidak disosoh penuh, sehingga kulit arinya masih ada. Nasinya agak kenyal dan wangi; rendam 30 menit sebelum dimasak supaya lebih empuk. Ditanam tanpa pestisida kimia di sawah tadah hujan anggota kelompok.',
        tags: ['beras merah', 'beras', 'red rice', 'beras sehat', 'solok'],
        art: { kind: 'sack', hue: 4 },
        stock: 22,
      },
      {
        id: 'bawang-merah-alahan-panjang',
        name: 'Bawang Merah Alahan Panjang',
        category: 'pertanian',
        price: { min: 38000, max: 45000 },
        unit: 'per kg',
        description:
          'Bawang merah dari dataran tinggi Alahan Panjang, umbinya padat dan aromanya tajam. Setelah dipanen, kami jemur seminggu supaya awet disimpan sampai dua bulan di tempat berangin. Harga mengikuti harga panen pekan itu.',
        tags: ['bawang merah', 'bawang', 'shallot', 'alahan panjang', 'solok', 'bumbu dapur'],
        art: { kind: 'produce', shape: 'bulb', hue: 335 },
      },
    ],
  },
  // ── Jawa Barat ─────────────────────────────────────────────────────────────────────
  {
    id: 'dodol-garut-ceu-entin',
    name: 'Dodol Garut Ceu Entin',
    region: '32.05',
    description:
      'Produsen dodol rumahan di Garut Kota sejak 1998. Ceu Entin masih mengaduk dodol di kawah besar selama enam jam, dibantu empat tetangga.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'dodol-garut-aneka-rasa-500g',
        name: 'Dodol Garut Aneka Rasa',
        category: 'kuliner',
        price: 30000,
        unit: 'per kotak 500 g',
        description:
          'Dodol dari ketan, gula aren dan santan kelapa, dengan rasa original, durian, nangka dan wijen dalam satu kotak. Setiap potong dibungkus kertas minyak supaya tidak saling lengket. Tahan tiga bulan tanpa pengawet asal disimpan di tempat sejuk.',
        tags: ['dodol', 'dodol garut', 'dodol ketan', 'jenang', 'garut', 'oleh-oleh'],
        art: { kind: 'pouch', hue: 28 },
        stock: 120,
      },
      {
        id: 'jeruk-keprok-garut',
        name: 'Jeruk Keprok Garut',
        category: 'pertanian',
        price: { min: 25000, max: 35000 },
        unit: 'per kg',
        description:
          'Jeruk keprok dari kebun tetangga kami di Samarang, Garut, yang kami bantu jualkan. Kulitnya tipis, mudah dikupas, dan rasanya manis segar. Harga tergantung ukuran kecil, sedang atau besar; tahan seminggu di suhu ruang.',
        tags: ['jeruk', 'jeruk garut', 'jeruk keprok', 'buah', 'garut'],
        art: { kind: 'produce', shape: 'round', hue: 32 },
        madeLocally: false,
      },
    ],
  },
  {
    id: 'kulit-mang-ujang',
    name: 'Kerajinan Kulit Mang Ujang',
    region: '32.05',
    description:
      'Bengkel jaket dan tas kulit di sentra penyamakan Sukaregang, Garut. Kulit domba dan sapi disamak di lingkungan kami sendiri, lalu dijahit oleh lima penjahit.',
    shops: ['tokopedia', 'tiktok'],
    products: [
      {
        id: 'jaket-kulit-domba-garut',
        name: 'Jaket Kulit Domba Garut',
        category: 'fashion',
        price: { min: 850000, max: 1250000 },
        unit: 'per pcs',
        description:
          'Jaket kulit domba asli yang lembut dan ringan, dengan lapisan dalam kain. Ada model bomber dan semi-jas dalam ukuran S sampai XXL; harga tergantung model. Rawat dengan lap lembap dan semir kulit tanpa warna sebulan sekali, jangan dijemur di bawah terik matahari.',
        tags: ['jaket kulit', 'jaket', 'kulit domba', 'leather jacket', 'garut', 'sukaregang'],
        art: { kind: 'shirt', hue: 22, pattern: 'plain' },
        stock: 9,
      },
      {
        id: 'dompet-kulit-sapi-lipat',
        name: 'Dompet Kulit Sapi Lipat',
        category: 'fashion',
        price: 145000,
        unit: 'per pcs',
        description:
          'Dompet lipat dua dari kulit sapi samak nabati yang warnanya makin cantik seiring dipakai. Ada delapan slot kartu dan satu ruang uang kertas. Dijahit tangan dengan benang lilin, kuat untuk dipakai bertahun-tahun.',
        tags: ['dompet', 'dompet kulit', 'dompet pria', 'kulit sapi', 'garut'],
        art: { kind: 'bag', hue: 28, pattern: 'plain' },
        stock: 30,
      },
      {
        id: 'sandal-slop-kulit-sapi',
        name: 'Sandal Slop Kulit Sapi',
        category: 'fashion',
        price: 165000,
        unit: 'per pasang',
        description:
          'Sandal slop beralas karet tebal dengan bagian atas kulit sapi, nyaman dipakai ke masjid atau jalan santai. Ukuran 38 sampai 44; kirim panjang telapak kaki lewat WhatsApp kalau ragu. Satu pasang dijahit dan dilem dalam sehari.',
        tags: ['sandal', 'sendal', 'sandal kulit', 'sandal slop', 'kulit sapi', 'garut'],
        art: { kind: 'sandal', hue: 20 },
        stock: 12,
      },
    ],
  },
  {
    id: 'anyaman-rajapolah-bi-iroh',
    name: 'Anyaman Rajapolah Bi Iroh',
    region: '32.06',
    description:
      'Perajin anyaman pandan dan mendong di Rajapolah. Bahan dianyam oleh ibu-ibu di kampung sekitar, lalu dijahit dan diberi warna di rumah kami.',
    shops: ['shopee'],
    products: [
      {
        id: 'tas-anyaman-pandan',
        name: 'Tas Anyaman Pandan',
        category: 'kerajinan',
        price: 95000,
        unit: 'per pcs',
        description:
          'Tas jinjing 35 × 28 cm dari anyaman daun pandan, berlapis kain katun di bagian dalam. Daun pandan dijemur, diwarnai, lalu dianyam tangan, jadi corak setiap tas sedikit berbeda. Kalau kehujanan, angin-anginkan sampai kering. Bisa ditambah inisial nama yang dilukis di bagian depan, selesai dalam dua hari.',
        tags: [
          'tas anyaman',
          'anyaman pandan',
          'tas pandan',
          'rajapolah',
          'tasikmalaya',
          'kerajinan tangan',
        ],
        art: { kind: 'bag', hue: 160, pattern: 'weave' },
        stock: 24,
      },
      {
        id: 'tikar-mendong-motif',
        name: 'Tikar Mendong Motif Garis',
        category: 'kerajinan',
        price: 125000,
        unit: 'per lembar',
        description:
          'Tikar rumput mendong yang dianyam rapat dengan motif garis warna-warni, ukuran 180 × 120 cm. Adem untuk alas duduk, piknik atau salat. Sebaiknya digulung, jangan dilipat, supaya seratnya tidak patah.',
        tags: ['tikar', 'tikar mendong', 'mendong', 'anyaman', 'alas duduk', 'tasikmalaya'],
        art: { kind: 'mat', hue: 40, pattern: 'stripes' },
        stock: 10,
      },
      {
        id: 'keranjang-pandan-set-3',
        name: 'Keranjang Pandan Set Isi 3',
        category: 'kerajinan',
        price: 85000,
        unit: 'per set',
        description:
          'Tiga keranjang bertingkat ukuran kecil, sedang dan besar yang bisa disusun masuk satu sama lain. Enak untuk wadah buah, mainan anak, atau perlengkapan mandi. Pandannya sudah diasap lebih dulu agar tidak mudah berjamur.',
        tags: ['keranjang', 'keranjang pandan', 'anyaman pandan', 'wadah', 'rajapolah'],
        art: { kind: 'basket', hue: 45, pattern: 'weave' },
      },
    ],
  },
  {
    id: 'bordir-tasik-teh-nining',
    name: 'Bordir Tasik Teh Nining',
    region: '32.78',
    description:
      'Usaha bordir keluarga di Kawalu, Tasikmalaya, dengan sepuluh mesin bordir dan penjahit dari kampung sekitar. Kami membuat mukena, kerudung dan kebaya bordir sejak 2005.',
    shops: ['tokopedia', 'shopee', 'tiktok'],
    products: [
      {
        id: 'mukena-bordir-katun-rayon',
        name: 'Mukena Bordir Katun Rayon',
        category: 'fashion',
        price: 235000,
        unit: 'per set',
        description:
          'Mukena dua potong dari katun rayon yang adem, dengan bordir bunga di pinggir kepala dan bawahan. Ukuran dewasa all size dengan panjang atasan 120 cm, lengkap dengan tas kecil senada. Boleh dicuci mesin dengan putaran lembut. Warna yang tersedia putih, krem, abu-abu, dan merah muda pucat.',
        tags: ['mukena', 'mukenah', 'rukuh', 'mukena bordir', 'bordir tasik', 'perlengkapan salat'],
        art: { kind: 'cloth', hue: 190, pattern: 'batik' },
        stock: 40,
      },
      {
        id: 'kerudung-segi-empat-bordir',
        name: 'Kerudung Segi Empat Bordir',
        category: 'fashion',
        price: 65000,
        unit: 'per pcs',
        description:
          'Kerudung voal 115 × 115 cm dengan bordir kecil di satu sudut; bahannya tidak licin dan mudah dibentuk. Ada dua belas warna pastel. Setrika dengan suhu sedang dari sisi dalam agar bordirnya tetap timbul.',
        tags: ['kerudung', 'jilbab', 'hijab', 'segi empat', 'bordir', 'tasikmalaya'],
        art: { kind: 'cloth', hue: 320, pattern: 'plain' },
        stock: 75,
      },
      {
        id: 'kebaya-kutubaru-bordir',
        name: 'Kebaya Kutubaru Bordir',
        category: 'fashion',
        price: { min: 275000, max: 325000 },
        unit: 'per pcs',
        description:
          'Kebaya kutubaru dari brokat katun dengan bordir di bagian dada. Ukuran S sampai XL siap kirim; ukuran XXL atau ukuran khusus bisa dipesan dan selesai sekitar dua minggu. Cantik dipadukan dengan kain batik atau rok plisket.',
        tags: ['kebaya', 'kutubaru', 'kebaya bordir', 'baju wanita', 'tasikmalaya'],
        art: { kind: 'dress', hue: 340, pattern: 'batik' },
        stock: 14,
      },
      {
        id: 'taplak-meja-bordir-kerancang',
        name: 'Taplak Meja Bordir Kerancang',
        category: 'kerajinan',
        price: 95000,
        unit: 'per lembar',
        description:
          'Taplak meja 150 × 100 cm dengan bordir kerancang (berlubang) di sekeliling tepinya. Dikerjakan dengan mesin bordir, lalu dirapikan satu per satu dengan tangan. Cuci terpisah dengan air dingin supaya putihnya tetap bersih.',
        tags: ['taplak', 'taplak meja', 'bordir', 'kerancang', 'dekorasi rumah'],
        art: { kind: 'cloth', hue: 45, pattern: 'kawung' },
      },
    ],
  },
  {
    id: 'gapoktan-saluyu-mekar',
    name: 'Gapoktan Saluyu Mekar',
    region: '32.03',
    description:
      'Gabungan kelompok tani di Warungkondang yang menanam padi pandan wangi, padi lokal Cianjur yang harum sejak masih di sawah. Umurnya panjang, sekitar lima bulan, jadi hanya panen dua kali setahun. Ibu-ibu anggota juga membuat tauco.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'beras-pandan-wangi-cianjur-5kg',
        name: 'Beras Pandan Wangi Cianjur',
        category: 'pertanian',
        price: 95000,
        unit: 'per 5 kg',
        description:
          'Beras pandan wangi asli dari sawah anggota di Warungkondang, bukan beras biasa yang diberi pewangi. Nasinya pulen, sedikit lengket, dan harum pandan ketika ditanak. Setiap karung diberi nomor kelompok tani sehingga asal sawahnya bisa ditelusuri.',
        tags: ['beras', 'beras pandan wangi', 'pandanwangi', 'beras pulen', 'cianjur'],
        art: { kind: 'sack', hue: 120 },
        stock: 80,
      },
      {
        id: 'tauco-cianjur-250g',
        name: 'Tauco Cianjur',
        category: 'kuliner',
        price: 22000,
        unit: 'per toples 250 g',
        description:
          'Tauco dari kedelai yang difermentasi lebih dari sebulan lalu dimasak dengan gula merah, resep turun-temurun ibu-ibu anggota. Rasanya asin manis, enak untuk tumis kangkung, oseng tahu atau sayur bening. Setelah dibuka simpan di kulkas dan selalu pakai sendok kering.',
        tags: ['tauco', 'tauco cianjur', 'taoco', 'bumbu', 'kedelai', 'cianjur'],
        art: { kind: 'jar', hue: 36 },
        stock: 36,
      },
    ],
  },
  {
    id: 'nelayan-bina-samudra',
    name: 'KUB Nelayan Bina Samudra',
    region: '32.18',
    description:
      'Kelompok nelayan dan pengolah ikan di Pantai Timur Pangandaran. Istri-istri nelayan mengolah hasil tangkapan menjadi ikan asin dan olahan lain di bangsal jemur bersama.',
    shops: ['shopee'],
    products: [
      {
        id: 'ikan-asin-jambal-roti',
        name: 'Ikan Asin Jambal Roti',
        category: 'perikanan',
        price: 95000,
        unit: 'per 250 g',
        description:
          'Jambal roti dari ikan manyung yang digarami lalu dijemur berhari-hari, sampai dagingnya empuk seperti roti ketika digoreng. Rendam sebentar dengan air hangat sebelum digoreng supaya asinnya berkurang. Dalam wadah tertutup di kulkas, tahan berbulan-bulan.',
        tags: ['ikan asin', 'jambal roti', 'jambal', 'manyung', 'gereh', 'pangandaran'],
        art: { kind: 'fish', hue: 38 },
        stock: 18,
      },
      {
        id: 'teri-nasi-kering',
        name: 'Teri Nasi Kering',
        category: 'perikanan',
        price: 55000,
        unit: 'per 250 g',
        description:
          'Teri nasi kecil-kecil yang direbus sebentar di perahu lalu dijemur di pantai, rasanya tidak terlalu asin. Cocok untuk sambal teri, nasi goreng, atau digoreng kering bersama kacang. Simpan di kulkas supaya warnanya tetap putih bersih.',
        tags: ['teri', 'ikan teri', 'teri nasi', 'ikan asin', 'pangandaran'],
        art: { kind: 'fish', hue: 200, count: 3 },
        stock: 26,
      },
      {
        id: 'cumi-asin-pangandaran',
        name: 'Cumi Asin',
        category: 'perikanan',
        price: 75000,
        unit: 'per 250 g',
        description:
          'Cumi kecil tangkapan malam yang digarami ringan dan dijemur dua hari. Enak ditumis dengan cabai hijau atau dicampur ke nasi goreng, dan tahan sebulan di kulkas.',
        tags: ['cumi asin', 'cumi', 'sotong', 'ikan asin', 'hasil laut', 'pangandaran'],
        art: { kind: 'pouch', hue: 15 },
      },
      {
        id: 'udang-rebon-kering',
        name: 'Udang Rebon Kering',
        category: 'perikanan',
        price: 30000,
        unit: 'per 250 g',
        description:
          'Rebon, udang mungil yang ditangkap dengan jaring halus di muara, dijemur sampai kering dan berwarna merah muda. Biasa dipakai untuk bakwan, nasi goreng, atau sambal rebon. Simpan di toples rapat di tempat kering.',
        tags: ['rebon', 'udang rebon', 'ebi', 'udang kering', 'pangandaran'],
        art: { kind: 'shrimp', hue: 8 },
        stock: 40,
      },
      {
        id: 'ikan-kakap-merah-segar',
        name: 'Ikan Kakap Merah Segar',
        category: 'perikanan',
        price: { min: 75000, max: 110000 },
        unit: 'per kg',
        description:
          'Kakap merah hasil pancing nelayan anggota, dibersihkan sisik dan insangnya lalu dibekukan di hari yang sama. Harga per kilogram tergantung ukuran ikan, dari 500 g sampai 2 kg per ekor. Hanya kami kirim ke Pangandaran, Ciamis dan Banjar dengan kotak styrofoam berisi es.',
        tags: ['ikan', 'ikan segar', 'kakap', 'kakap merah', 'ikan laut', 'red snapper'],
        art: { kind: 'fish', hue: 356 },
      },
    ],
  },
  {
    id: 'kebun-mangga-kang-darma',
    name: 'Kebun Mangga Kang Darma',
    region: '32.12',
    description:
      'Petani mangga di Sliyeg, Indramayu, dengan kebun sekitar dua hektare berisi mangga gedong gincu dan harum manis. Panen raya biasanya September sampai Desember.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'mangga-gedong-gincu',
        name: 'Mangga Gedong Gincu',
        category: 'pertanian',
        price: { min: 35000, max: 50000 },
        unit: 'per kg',
        description:
          'Mangga gedong gincu khas Indramayu, kulitnya merah jingga saat matang dan aromanya kuat. Dipetik tua di pohon, lalu diperam alami tanpa karbit. Harga tergantung ukuran; isi tiga sampai lima buah per kilogram.',
        tags: ['mangga', 'mangga gincu', 'gedong gincu', 'buah', 'indramayu'],
        art: { kind: 'produce', shape: 'mango', hue: 28 },
        stock: 150,
      },
      {
        id: 'mangga-harum-manis',
        name: 'Mangga Harum Manis',
        category: 'pertanian',
        price: 25000,
        unit: 'per kg',
        description:
          'Mangga arumanis yang kulitnya tetap hijau walau sudah matang, dagingnya tebal, manis dan tanpa serat. Kami kirim dalam kardus berlubang dengan serutan kertas. Diamkan dua atau tiga hari di suhu ruang sampai wangi, baru masukkan kulkas.',
        tags: ['mangga', 'mangga harum manis', 'arumanis', 'buah', 'indramayu'],
        art: { kind: 'produce', shape: 'mango', hue: 88 },
        stock: 200,
      },
      {
        id: 'manisan-mangga-kering',
        name: 'Mangga Kering Tanpa Gula',
        category: 'kuliner',
        price: 30000,
        unit: 'per 250 g',
        description:
          'Saat panen raya banyak mangga yang terlalu matang untuk dikirim jauh, jadi kami iris tipis dan keringkan di rumah pengering tenaga surya. Tanpa pewarna dan tanpa tambahan gula, rasanya manis asam alami. Tahan tiga bulan dalam kemasan tertutup.',
        tags: ['mangga kering', 'manisan mangga', 'buah kering', 'camilan sehat', 'indramayu'],
        art: { kind: 'pouch', hue: 38 },
        stock: 14,
      },
    ],
  },
  // ── Jawa Tengah ────────────────────────────────────────────────────────────────────
  {
    id: 'batik-tulis-bu-sri',
    name: 'Batik Tulis Bu Sri',
    region: '33.17',
    description:
      'Rumah batik di Lasem yang mempekerjakan dua belas pembatik dari desa sekitar. Kami membuat batik tulis pesisiran dengan warna khas Lasem: merah getih pitik, biru, dan cokelat soga.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'batik-tulis-lasem-latohan',
        name: 'Batik Tulis Lasem Motif Latohan',
        category: 'fashion',
        price: 650000,
        unit: 'per lembar',
        description:
          'Kain batik tulis 2 × 1,15 m bermotif latohan, terinspirasi tanaman laut yang banyak tumbuh di pantai Lasem. Dibatik dengan canting dan diwarnai merah khas Lasem; satu lembar memakan waktu sekitar tiga minggu. Cuci dengan lerak atau sampo bayi dan jemur di tempat teduh.',
        tags: ['batik', 'batik tulis', 'batik lasem', 'lasem', 'latohan', 'kain batik', 'rembang'],
        art: { kind: 'cloth', hue: 355, pattern: 'batik' },
        stock: 11,
      },
      {
        id: 'batik-tulis-lasem-tiga-negeri',
        name: 'Batik Tulis Lasem Tiga Negeri',
        category: 'fashion',
        price: { min: 1500000, max: 2750000 },
        unit: 'per lembar',
        description:
          'Batik tiga negeri dengan tiga warna utama: merah, biru dan cokelat soga. Dulu setiap warna dicelup di kota yang berbeda; sekarang seluruh prosesnya kami kerjakan di Lasem. Harga tergantung kerumitan isen-isen, dan satu lembar bisa selesai dua sampai empat bulan.',
        tags: ['batik', 'batik tulis', 'batik lasem', 'tiga negeri', 'kain batik', 'rembang'],
        art: { kind: 'cloth', hue: 15, pattern: 'parang' },
        stock: 5,
      },
      {
        id: 'batik-tulis-lasem-watu-pecah',
        name: 'Batik Tulis Lasem Motif Watu Pecah',
        category: 'fashion',
        price: 550000,
        unit: 'per lembar',
        description:
          'Motif watu pecah atau kricak menggambarkan batu-batu yang dipecah saat pembangunan Jalan Raya Pos, salah satu motif Lasem yang paling dicari. Kain katun primisima ukuran 2 × 1,15 m. Tinggal tiga lembar, dan warnanya sedikit berbeda satu sama lain karena dicelup tangan.',
        tags: ['batik', 'batik tulis', 'batik lasem', 'watu pecah', 'kricak', 'lasem'],
        art: { kind: 'cloth', hue: 215, pattern: 'ikat' },
        stock: 3,
      },
      {
        id: 'kemeja-batik-lasem-pria',
        name: 'Kemeja Batik Lasem Pria',
        category: 'fashion',
        price: 325000,
        unit: 'per pcs',
        description:
          'Kemeja lengan pendek dari kain batik kombinasi cap dan tulis Lasem, dijahit penjahit di Rembang dengan furing di bagian badan. Ukuran M sampai XXL; lingkar dada setiap ukuran ada di tabel ukuran. Motifnya tidak selalu sama persis dengan gambar karena setiap kain dibatik sendiri-sendiri.',
        tags: ['kemeja batik', 'batik pria', 'baju batik', 'batik lasem', 'kemeja'],
        art: { kind: 'shirt', hue: 358, pattern: 'batik' },
        stock: 20,
      },
    ],
  },
  {
    id: 'batik-pesisiran-mas-adi',
    name: 'Batik Pesisiran Mas Adi',
    region: '33.75',
    description:
      'Usaha batik cap dan kombinasi di Kampung Kauman, Pekalongan. Dari pewarnaan sampai menjahit, semua dikerjakan di rumah produksi kami oleh delapan pekerja.',
    shops: ['shopee', 'tiktok'],
    products: [
      {
        id: 'sarung-batik-cap-pekalongan',
        name: 'Sarung Batik Cap Pekalongan',
        category: 'fashion',
        price: 135000,
        unit: 'per lembar',
        description:
          'Sarung batik cap bermotif buketan bunga khas pesisir, bahan katun yang makin lembut setelah dicuci. Lebar 110 cm dan sudah dijahit melingkar. Warnanya awet asal tidak direndam dengan deterjen keras.',
        tags: ['sarung', 'sarung batik', 'batik cap', 'batik pekalongan', 'buketan', 'pekalongan'],
        art: { kind: 'cloth', hue: 200, pattern: 'batik' },
        stock: 50,
      },
      {
        id: 'daster-batik-pekalongan',
        name: 'Daster Batik Pekalongan',
        category: 'fashion',
        price: 75000,
        unit: 'per pcs',
        description:
          'Daster batik cap bahan katun rayon yang jatuh dan adem, berkancing depan sehingga nyaman untuk ibu menyusui. All size sampai lingkar dada 110 cm, panjang 115 cm. Motif dan warnanya berganti tiap minggu mengikuti kain yang baru selesai dicap.',
        tags: ['daster', 'daster batik', 'baju tidur', 'dress', 'batik pekalongan'],
        art: { kind: 'dress', hue: 275, pattern: 'kawung' },
        stock: 90,
      },
      {
        id: 'kain-batik-cap-jlamprang',
        name: 'Kain Batik Cap Motif Jlamprang',
        category: 'fashion',
        price: 120000,
        unit: 'per lembar',
        description:
          'Jlamprang adalah motif geometris khas Pekalongan yang dipengaruhi kain patola dari India. Kain katun primis 2 × 1,15 m ini dicap dengan cap tembaga lalu diwarnai dua kali. Pas untuk dijahit menjadi kemeja atau rok.',
        tags: ['batik', 'batik cap', 'jlamprang', 'kain batik', 'batik pekalongan'],
        art: { kind: 'cloth', hue: 170, pattern: 'kawung' },
        stock: 0,
      },
    ],
  },
  {
    id: 'ukir-kayu-pak-rohmat',
    name: 'Ukir Kayu Pak Rohmat',
    region: '33.20',
    description:
      'Bengkel ukir di Mulyoharjo, Jepara, yang dikerjakan tiga generasi. Kami memakai kayu jati dan mahoni sisa produksi mebel supaya tidak ada kayu yang terbuang.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'kotak-perhiasan-ukir-jati',
        name: 'Kotak Perhiasan Ukir Jati',
        category: 'kerajinan',
        price: 185000,
        unit: 'per pcs',
        description:
          'Kotak perhiasan 20 × 14 × 9 cm dari kayu jati dengan ukiran bunga di tutupnya, bagian dalamnya dilapisi kain beludru. Diukir tangan lalu dipelitur agar serat kayunya tampak. Cukup dilap dengan kain kering dan jauhkan dari tempat lembap.',
        tags: ['ukiran', 'ukir jepara', 'kotak perhiasan', 'kayu jati', 'kerajinan kayu', 'jepara'],
        art: { kind: 'box', hue: 28 },
        stock: 16,
      },
      {
        id: 'relief-ukir-dinding-motif-daun',
        name: 'Relief Ukir Dinding Motif Daun',
        category: 'kerajinan',
        price: { min: 450000, max: 1200000 },
        unit: 'per pcs',
        description:
          'Panel ukir kayu mahoni bermotif daun dan sulur khas Jepara untuk hiasan ruang tamu. Ukuran 60 × 40 cm sampai 120 × 60 cm; harga mengikuti ukuran dan kedalaman ukiran. Pengerjaan dua sampai lima minggu setelah pesanan dikonfirmasi.',
        tags: ['relief', 'ukiran', 'ukiran dinding', 'hiasan dinding', 'ukir jepara', 'mahoni'],
        art: { kind: 'panel', hue: 22 },
      },
      {
        id: 'talenan-kayu-jati',
        name: 'Talenan Kayu Jati Serat Utuh',
        category: 'kerajinan',
        price: 95000,
        unit: 'per pcs',
        description:
          'Talenan 35 × 25 cm dari potongan kayu jati utuh, bukan sambungan, dengan pegangan berlubang untuk digantung. Permukaannya diolesi minyak kelapa, bukan pernis, jadi aman untuk makanan. Cuci dengan air dan sabun lalu keringkan berdiri; jangan direndam.',
        tags: ['talenan', 'telenan', 'kayu jati', 'peralatan dapur', 'jepara'],
        art: { kind: 'board', hue: 32 },
        stock: 25,
      },
    ],
  },
  {
    id: 'tenun-troso-mbak-lilik',
    name: 'Tenun Ikat Troso Mbak Lilik',
    region: '33.20',
    description:
      'Rumah tenun di Desa Troso, Pecangaan, dengan sebelas alat tenun bukan mesin (ATBM). Benang kami ikat dan celup sendiri sebelum ditenun.',
    shops: ['shopee'],
    products: [
      {
        id: 'kain-tenun-ikat-troso',
        name: 'Kain Tenun Ikat Troso',
        category: 'fashion',
        price: 285000,
        unit: 'per lembar',
        description:
          'Kain tenun ikat 2 × 1 m bermotif wajik dengan warna biru tua, ditenun di ATBM sekitar lima hari. Benang katunnya diikat dan dicelup dulu sebelum ditenun, sehingga batas warnanya tampak sedikit bergetar, ciri khas tenun ikat. Bisa dijahit menjadi kemeja, blazer atau rok.',
        tags: ['tenun', 'tenun troso', 'tenun ikat', 'kain tenun', 'troso', 'jepara'],
        art: { kind: 'cloth', hue: 222, pattern: 'ikat' },
        stock: 18,
      },
      {
        id: 'syal-tenun-troso',
        name: 'Syal Tenun Troso',
        category: 'fashion',
        price: 95000,
        unit: 'per pcs',
        description:
          'Syal tenun ringan 180 × 30 cm dengan rumbai di kedua ujungnya, pas untuk oleh-oleh. Motifnya sama dengan kain ikat lembaran kami, cukup dicuci dengan tangan dan dijemur terbalik.',
        tags: ['syal', 'scarf', 'tenun troso', 'tenun ikat', 'oleh-oleh'],
        art: { kind: 'cloth', hue: 12, pattern: 'stripes' },
        stock: 32,
      },
    ],
  },
  {
    id: 'bandeng-juwana-bu-tatik',
    name: 'Bandeng Presto Juwana Bu Tatik',
    region: '33.18',
    description:
      'Pengolah bandeng di Juwana, dekat tambak-tambak bandeng Pati. Bandeng kami beli langsung dari petambak tetangga setiap pagi dan diolah hari itu juga.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'bandeng-presto-juwana',
        name: 'Bandeng Presto',
        category: 'perikanan',
        price: 75000,
        unit: 'per pak isi 4 ekor',
        description:
          'Bandeng dimasak dengan panci presto sekitar enam jam bersama bawang putih, kunyit dan garam, sampai durinya lunak dan bisa ikut dimakan. Tinggal digoreng dengan balutan telur atau langsung disantap dengan sambal. Tahan dua hari di suhu ruang, seminggu di kulkas, dan sebulan di freezer.',
        tags: [
          'bandeng',
          'bandeng presto',
          'ikan bandeng',
          'bandeng duri lunak',
          'milkfish',
          'juwana',
          'pati',
        ],
        art: { kind: 'fish', hue: 45, count: 3 },
        stock: 60,
      },
      {
        id: 'bandeng-asap-juwana',
        name: 'Bandeng Asap',
        category: 'perikanan',
        price: { min: 55000, max: 80000 },
        unit: 'per ekor',
        description:
          'Bandeng segar dibelah lalu diasap dengan sabut kelapa dan serbuk kayu selama hampir sehari hingga berwarna keemasan. Harga per ekor tergantung beratnya, 400 sampai 700 gram. Hangatkan sebentar di wajan atau kukus, lalu makan dengan sambal bawang.',
        tags: ['bandeng asap', 'bandeng', 'ikan asap', 'juwana', 'pati'],
        art: { kind: 'fish', hue: 34 },
        stock: 25,
      },
      {
        id: 'otak-otak-bandeng',
        name: 'Otak-Otak Bandeng',
        category: 'kuliner',
        price: 45000,
        unit: 'per ekor (± 350 g)',
        description:
          'Daging bandeng dikeluarkan dari kulitnya, dicampur telur, santan dan bumbu, lalu dimasukkan lagi ke kulit ikan dan dipanggang. Hasilnya bandeng utuh tanpa duri yang tinggal dipotong-potong. Dikirim beku; tahan seminggu di kulkas.',
        tags: ['otak-otak', 'otak otak bandeng', 'bandeng', 'lauk', 'juwana'],
        art: { kind: 'fish', hue: 28 },
        stock: 20,
      },
      {
        id: 'bandeng-segar-tambak',
        name: 'Bandeng Segar Tambak Juwana',
        category: 'perikanan',
        price: { min: 32000, max: 45000 },
        unit: 'per kg',
        description:
          'Bandeng segar dari tambak di Juwana yang kami bantu jualkan untuk tetangga petambak. Isi tiga sampai enam ekor per kilogram; harga tergantung ukuran. Bisa dibersihkan dan dibelah sesuai permintaan, khusus pengiriman sekitar Pati dan Kudus.',
        tags: ['bandeng', 'bandeng segar', 'ikan segar', 'ikan tambak', 'milkfish', 'pati'],
        art: { kind: 'fish', hue: 205 },
        madeLocally: false,
      },
    ],
  },
  {
    id: 'tani-muda-brebes',
    name: 'Tani Muda Brebes Mas Fajar',
    region: '33.29',
    description:
      'Petani muda di Larangan, Brebes, yang menanam bawang merah di lahan keluarga dan menjualnya langsung ke pembeli tanpa tengkulak. Ibunya Mas Fajar membuat bawang goreng dan telur asin.',
    shops: ['tokopedia', 'tiktok'],
    products: [
      {
        id: 'bawang-merah-brebes-bima',
        name: 'Bawang Merah Brebes Varietas Bima',
        category: 'pertanian',
        price: { min: 32000, max: 42000 },
        unit: 'per kg',
        description:
          'Bawang merah Bima Brebes dengan umbi sedang berwarna merah keunguan dan aroma yang tajam. Dipanen kering dan daunnya sudah dipotong, siap masuk dapur. Harga mengikuti panen minggu itu; untuk pembelian 10 kg ke atas ada harga khusus.',
        tags: ['bawang merah', 'bawang', 'brambang', 'shallot', 'brebes', 'bumbu dapur'],
        art: { kind: 'produce', shape: 'bulb', hue: 320 },
        stock: 500,
      },
      {
        id: 'bawang-goreng-brebes',
        name: 'Bawang Goreng Brebes',
        category: 'kuliner',
        price: 45000,
        unit: 'per toples 250 g',
        description:
          'Bawang merah Brebes diiris tipis lalu digoreng dengan minyak kelapa sampai renyah dan kuning keemasan. Tanpa campuran tepung, jadi rasanya manis gurih bawang asli. Tahan dua bulan di toples tertutup.',
        tags: ['bawang goreng', 'brambang goreng', 'taburan', 'bawang merah', 'brebes'],
        art: { kind: 'jar', hue: 36 },
        stock: 45,
      },
      {
        id: 'telur-asin-brebes',
        name: 'Telur Asin Brebes Matang',
        category: 'kuliner',
        price: 48000,
        unit: 'per 10 butir',
        description:
          'Telur bebek dari peternak di Brebes yang diperam dengan adonan abu gosok dan garam selama dua minggu, lalu direbus. Kuningnya masir dan berminyak, putihnya tidak terlalu asin. Tahan sekitar dua minggu di suhu ruang.',
        tags: ['telur asin', 'telor asin', 'telur bebek', 'brebes', 'oleh-oleh'],
        art: { kind: 'produce', shape: 'egg', hue: 170 },
        stock: 30,
      },
    ],
  },
  {
    id: 'carica-dieng-bu-har',
    name: 'Carica Dieng Bu Har',
    region: '33.07',
    description:
      'Pembuat manisan carica di dataran tinggi Dieng. Buah carica dipetik dari kebun warga di ketinggian lebih dari 2.000 mdpl, salah satu dari sedikit tempat di Indonesia tempat pepaya gunung ini tumbuh subur.',
    shops: ['shopee'],
    products: [
      {
        id: 'manisan-carica-dieng',
        name: 'Manisan Carica Dieng',
        category: 'kuliner',
        price: 60000,
        unit: 'per pak isi 6 cup',
        description:
          'Carica direbus bersama gula pasir dan sedikit daun pandan, lalu dikemas dalam cup 200 g. Rasanya manis segar dengan aroma harum yang khas, paling nikmat disajikan dingin. Tahan enam bulan tanpa pengawet; setelah dibuka simpan di kulkas.',
        tags: ['carica', 'manisan carica', 'pepaya gunung', 'dieng', 'wonosobo', 'oleh-oleh'],
        art: { kind: 'jar', hue: 46 },
        stock: 70,
      },
      {
        id: 'kentang-dieng-granola',
        name: 'Kentang Dieng Granola',
        category: 'pertanian',
        price: { min: 14000, max: 18000 },
        unit: 'per kg',
        description:
          'Kentang granola dari ladang keluarga di lereng Dieng, kulitnya tipis dan dagingnya kuning. Cocok untuk perkedel, sambal goreng kentang, atau keripik. Harga tergantung ukuran umbi; simpan di tempat gelap agar tidak cepat bertunas.',
        tags: ['kentang', 'kentang dieng', 'granola', 'sayur', 'wonosobo'],
        art: { kind: 'produce', shape: 'tuber', hue: 38 },
        stock: 300,
      },
      {
        id: 'purwaceng-seduh',
        name: 'Kopi Purwaceng Seduh',
        category: 'kuliner',
        price: 35000,
        unit: 'per kotak isi 10 sachet',
        description:
          'Purwaceng, tanaman herbal dataran tinggi Dieng, dikeringkan lalu digiling halus dan dicampur kopi bubuk. Seduh satu sachet dengan 150 ml air panas. Orang Dieng biasa meminumnya untuk menghangatkan badan di udara dingin.',
        tags: ['purwaceng', 'kopi purwaceng', 'minuman herbal', 'dieng', 'wonosobo'],
        art: { kind: 'pouch', hue: 100 },
      },
    ],
  },
  {
    id: 'kub-gula-kelapa-manggar-sari',
    name: 'KUB Gula Kelapa Manggar Sari',
    region: '33.02',
    description:
      'Kelompok usaha bersama para penderes nira kelapa di Cilongok, Banyumas. Setiap pagi dan sore anggota memanjat pohon kelapa untuk mengambil nira, lalu memasaknya di tungku sendiri.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'gula-semut-kelapa-organik',
        name: 'Gula Semut Kelapa Organik',
        category: 'kuliner',
        price: 35000,
        unit: 'per 500 g',
        description:
          'Gula kelapa kristal dari nira yang dimasak sampai mengering, lalu diayak halus. Mudah larut, cocok untuk kopi, teh, kue dan bumbu masakan. Simpan di wadah kedap udara karena gula semut gampang menyerap lembap.',
        tags: [
          'gula semut',
          'gula kelapa',
          'gula merah',
          'palm sugar',
          'coconut sugar',
          'organik',
          'banyumas',
        ],
        art: { kind: 'pouch', hue: 30 },
        stock: 140,
      },
      {
        id: 'gula-kelapa-cetak',
        name: 'Gula Kelapa Cetak',
        category: 'kuliner',
        price: 28000,
        unit: 'per kg',
        description:
          'Gula kelapa yang dicetak dalam tempurung kecil, warnanya cokelat muda dan rasanya legit. Tanpa campuran gula pasir, jadi teksturnya agak lunak. Bungkus rapat dan simpan di tempat kering agar tidak meleleh.',
        tags: ['gula kelapa', 'gula jawa', 'gula merah', 'gula cetak', 'banyumas'],
        art: { kind: 'jar', hue: 24 },
        stock: 200,
      },
      {
        id: 'nopia-mini-banyumas',
        name: 'Nopia Mini (Mino) Gula Merah',
        category: 'kuliner',
        price: 15000,
        unit: 'per pak 200 g',
        description:
          'Kue kering mungil berkulit renyah berisi gula merah dan bawang goreng, camilan khas Banyumas yang dipanggang di tungku gentong. Isiannya memakai gula kelapa buatan kelompok kami sendiri. Tahan sebulan di toples tertutup.',
        tags: ['nopia', 'mino', 'nopia mini', 'camilan', 'banyumas', 'oleh-oleh'],
        art: { kind: 'pouch', hue: 50 },
        stock: 60,
      },
      {
        id: 'arang-tempurung-kelapa',
        name: 'Arang Tempurung Kelapa',
        category: 'lainnya',
        price: 25000,
        unit: 'per karung 5 kg',
        description:
          'Arang dari tempurung kelapa sisa para penderes, dibakar di drum tertutup supaya matang merata. Panasnya lama dan asapnya sedikit, cocok untuk sate, ikan bakar atau anglo. Simpan di tempat kering agar mudah menyala.',
        tags: ['arang', 'arang batok', 'arang tempurung', 'arang kelapa', 'bakar sate'],
        art: { kind: 'sack', hue: 220 },
        stock: 40,
      },
    ],
  },
  {
    id: 'oleh-oleh-mbak-wulan',
    name: 'Toko Oleh-oleh Mbak Wulan',
    region: '33.72',
    description:
      'Toko oleh-oleh kecil dekat Pasar Gede Solo. Kami menjual hasil UMKM dari Wonogiri, Klaten dan Sukoharjo, ditambah abon buatan dapur sendiri.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'kacang-mete-goreng-wonogiri',
        name: 'Kacang Mete Goreng Wonogiri',
        category: 'kuliner',
        price: 85000,
        unit: 'per toples 250 g',
        description:
          'Kacang mete pilihan dari perajin di Wonogiri, digoreng dengan sedikit garam sampai renyah. Bijinya utuh dan besar, dan tahan sebulan di toples tertutup.',
        tags: ['kacang mete', 'mete', 'mede', 'cashew', 'wonogiri', 'oleh-oleh'],
        art: { kind: 'jar', hue: 44 },
        origin: '33.12',
        madeLocally: false,
        stock: 28,
      },
      {
        id: 'kain-lurik-pedan',
        name: 'Kain Lurik Pedan',
        category: 'fashion',
        price: 110000,
        unit: 'per lembar 2 m',
        description:
          'Kain lurik tenunan ATBM dari perajin di Pedan, Klaten, bermotif garis-garis kecil yang rapat. Lebar 100 cm dan panjang 2 m, cukup untuk satu kemeja dewasa. Kami ambil langsung dari penenunnya setiap dua minggu.',
        tags: ['lurik', 'kain lurik', 'lurik pedan', 'tenun', 'klaten'],
        art: { kind: 'cloth', hue: 30, pattern: 'stripes' },
        origin: '33.10',
        madeLocally: false,
        stock: 15,
      },
      {
        id: 'abon-sapi-manis-solo',
        name: 'Abon Sapi Manis',
        category: 'kuliner',
        price: 65000,
        unit: 'per toples 250 g',
        description:
          'Abon sapi buatan dapur kami sendiri, dimasak dengan santan, gula jawa dan ketumbar ala Solo sehingga rasanya cenderung manis. Seratnya halus dan tidak berminyak. Tahan dua bulan di wadah kedap udara.',
        tags: ['abon', 'abon sapi', 'lauk kering', 'solo', 'oleh-oleh'],
        art: { kind: 'jar', hue: 20 },
        stock: 22,
      },
      {
        id: 'intip-goreng-solo',
        name: 'Intip Goreng',
        category: 'kuliner',
        price: 25000,
        unit: 'per 250 g',
        description:
          'Kerak nasi (intip) yang dijemur lalu digoreng, tersedia rasa asin dan siram gula jawa. Kami ambil dari ibu-ibu pembuat intip di Kampung Sewu, Solo. Renyah sampai sebulan kalau disimpan rapat.',
        tags: ['intip', 'intip goreng', 'kerak nasi', 'camilan', 'solo', 'oleh-oleh'],
        art: { kind: 'pouch', hue: 44 },
        madeLocally: false,
      },
      {
        id: 'lulur-mangir-sukoharjo',
        name: 'Lulur Mangir Rempah',
        category: 'lainnya',
        price: 30000,
        unit: 'per toples 150 g',
        description:
          'Lulur bubuk dari beras, kunyit, temu giring dan daun pandan, racikan perajin jamu di Nguter, Sukoharjo. Campur dengan sedikit air atau air mawar, oleskan, tunggu setengah kering lalu gosok perlahan. Simpan di tempat kering; tahan enam bulan.',
        tags: ['lulur', 'lulur mangir', 'lulur jawa', 'perawatan tubuh', 'rempah', 'nguter'],
        art: { kind: 'jar', hue: 52 },
        origin: '33.11',
        madeLocally: false,
        stock: 18,
      },
    ],
  },
  {
    id: 'pokdakan-mina-lestari',
    name: 'Pokdakan Mina Lestari',
    region: '33.09',
    description:
      'Kelompok pembudidaya ikan di Tegalrejo, Sawit, Boyolali, kampung yang kolam lelenya berjejer di belakang rumah warga. Kami membesarkan lele dan nila, dan mengolah sebagian menjadi abon.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'lele-segar-boyolali',
        name: 'Lele Segar Konsumsi',
        category: 'perikanan',
        price: 26000,
        unit: 'per kg',
        description:
          'Lele hidup ukuran konsumsi, isi tujuh sampai sembilan ekor per kilogram, dipanen pagi dari kolam anggota. Bisa diminta sudah dibersihkan dan dipotong tanpa tambahan biaya. Khusus ambil di tempat atau kirim dalam Boyolali dan Solo.',
        tags: ['lele', 'ikan lele', 'lele segar', 'ikan air tawar', 'catfish', 'boyolali'],
        art: { kind: 'fish', hue: 60 },
        stock: 250,
      },
      {
        id: 'nila-merah-segar',
        name: 'Ikan Nila Merah Segar',
        category: 'perikanan',
        price: { min: 32000, max: 38000 },
        unit: 'per kg',
        description:
          'Nila merah dari kolam air deras anggota kelompok, dagingnya tebal dan tidak berbau lumpur. Harga tergantung ukuran, dari isi empat sampai isi enam ekor per kilogram. Enak dibakar, digoreng, atau dimasak pesmol.',
        tags: ['nila', 'ikan nila', 'nila merah', 'ikan air tawar', 'tilapia', 'boyolali'],
        art: { kind: 'fish', hue: 10 },
        stock: 120,
      },
      {
        id: 'bibit-lele-sangkuriang',
        name: 'Bibit Lele Sangkuriang 5–7 cm',
        category: 'perikanan',
        price: 150,
        unit: 'per ekor',
        description:
          'Benih lele sangkuriang ukuran 5 sampai 7 cm dari pembenihan kelompok kami, sudah disortir supaya seragam. Pembelian minimal 1.000 ekor, dikirim dalam kantong beroksigen. Aklimatisasi dulu sekitar 15 menit sebelum ditebar ke kolam.',
        tags: ['bibit lele', 'benih lele', 'lele sangkuriang', 'budidaya lele', 'boyolali'],
        art: { kind: 'fish', hue: 70, count: 3 },
        stock: 20000,
      },
      {
        id: 'abon-lele-pedas',
        name: 'Abon Lele Pedas',
        category: 'kuliner',
        price: 30000,
        unit: 'per toples 150 g',
        description:
          'Daging lele dikukus, dipisahkan dari tulangnya, lalu disangrai lama dengan bumbu bawang, cabai dan gula jawa. Tidak amis, dan tulang yang halus ikut digoreng garing menjadi taburan. Tahan dua bulan dalam toples tertutup.',
        tags: ['abon', 'abon lele', 'abon ikan', 'lauk kering', 'boyolali'],
        art: { kind: 'jar', hue: 10 },
        stock: 35,
      },
    ],
  },
  // ── DI Yogyakarta ──────────────────────────────────────────────────────────────────
  {
    id: 'gerabah-kasongan-pak-slamet',
    name: 'Gerabah Kasongan Pak Slamet',
    region: '34.02',
    description:
      'Perajin gerabah di Kasongan, Bantul. Tanah liat diambil dari sekitar desa, dibentuk di meja putar, lalu dibakar di tungku tradisional.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'vas-gerabah-kasongan',
        name: 'Vas Gerabah Kasongan Motif Gurat',
        category: 'kerajinan',
        price: { min: 65000, max: 175000 },
        unit: 'per pcs',
        description:
          'Vas tanah liat dengan gurat garis yang ditoreh tangan sebelum dibakar, tinggi 25 sampai 50 cm. Warna terakota alami tanpa cat, cocok untuk bunga kering atau ranting. Jangan diisi air langsung; pakai wadah plastik di dalamnya. Ada juga versi hitam hasil pembakaran asap, sebutkan saja saat memesan.',
        tags: [
          'gerabah',
          'gerabah kasongan',
          'vas',
          'vas bunga',
          'tanah liat',
          'terakota',
          'kasongan',
          'bantul',
        ],
        art: { kind: 'pot', hue: 18 },
        stock: 40,
      },
      {
        id: 'pot-tanah-liat-set-3',
        name: 'Pot Tanaman Tanah Liat Set Isi 3',
        category: 'kerajinan',
        price: 75000,
        unit: 'per set',
        description:
          'Tiga pot tanah liat berdiameter 12, 15 dan 18 cm dengan lubang pembuangan air di bagian bawah. Pori-pori tanah liat membuat akar tanaman bisa bernapas, cocok untuk sukulen dan tanaman bumbu. Kami kemas dengan jerami dan kardus tebal supaya aman di jalan.',
        tags: ['pot', 'pot tanah liat', 'pot tanaman', 'gerabah', 'kasongan', 'berkebun'],
        art: { kind: 'pot', hue: 14 },
        stock: 35,
      },
      {
        id: 'cobek-ulekan-tanah-liat',
        name: 'Cobek dan Ulekan Tanah Liat',
        category: 'kerajinan',
        price: 45000,
        unit: 'per set',
        description:
          'Cobek tanah liat berdiameter 22 cm lengkap dengan ulekan kayu, untuk sambal yang rasanya lebih sedap. Sebelum dipakai pertama kali, rendam semalam lalu gerus sedikit beras supaya permukaannya halus. Cuci dengan air saja, tanpa sabun.',
        tags: ['cobek', 'ulekan', 'layah', 'tanah liat', 'peralatan dapur', 'sambal'],
        art: { kind: 'bowl', hue: 16 },
        stock: 50,
      },
      {
        id: 'celengan-gerabah-ayam',
        name: 'Celengan Gerabah Ayam Jago',
        category: 'kerajinan',
        price: 35000,
        unit: 'per pcs',
        description:
          'Celengan berbentuk ayam jago setinggi sekitar 20 cm, dicat warna-warni dengan tangan oleh ibu-ibu perajin. Seperti celengan zaman dulu, harus dipecah untuk mengambil uangnya. Sedang habis; pembakaran berikutnya akhir bulan ini.',
        tags: ['celengan', 'celengan ayam', 'gerabah', 'mainan tradisional', 'kasongan'],
        art: { kind: 'pot', hue: 40 },
        stock: 0,
      },
    ],
  },
  {
    id: 'batik-giriloyo-bu-nur',
    name: 'Batik Tulis Giriloyo Bu Nur',
    region: '34.02',
    description:
      'Pembatik di Kampung Batik Giriloyo, Wukirsari, Imogiri. Bu Nur belajar membatik dari ibunya dan kini membatik bersama sembilan ibu-ibu tetangga.',
    shops: ['shopee'],
    products: [
      {
        id: 'batik-tulis-giriloyo-sidomukti',
        name: 'Batik Tulis Giriloyo Motif Sidomukti',
        category: 'fashion',
        price: 850000,
        unit: 'per lembar',
        description:
          'Batik tulis klasik gaya Yogyakarta bermotif sidomukti, yang dulu dipakai pengantin dengan harapan hidup mukti atau makmur. Diwarnai dengan pewarna alam dari kayu tingi, jambal dan tegeran. Ukuran 2,5 × 1,05 m, dikerjakan sekitar dua bulan.',
        tags: [
          'batik',
          'batik tulis',
          'batik giriloyo',
          'batik jogja',
          'sidomukti',
          'pewarna alam',
          'imogiri',
        ],
        art: { kind: 'cloth', hue: 30, pattern: 'parang' },
        stock: 6,
      },
      {
        id: 'batik-tulis-kawung-indigo',
        name: 'Batik Tulis Kawung Pewarna Indigo',
        category: 'fashion',
        price: 700000,
        unit: 'per lembar',
        description:
          'Motif kawung, empat bulatan seperti buah aren dibelah, dicelup indigo dari daun tom berulang kali sampai biru tua. Kain katun primisima 2 × 1,1 m. Warna alam akan memudar perlahan dengan cantik; cuci dengan lerak dan jemur di tempat teduh.',
        tags: ['batik', 'batik tulis', 'kawung', 'indigo', 'pewarna alam', 'batik jogja'],
        art: { kind: 'cloth', hue: 225, pattern: 'kawung' },
        stock: 4,
      },
      {
        id: 'paket-belajar-membatik',
        name: 'Paket Belajar Membatik di Rumah',
        category: 'lainnya',
        price: 135000,
        unit: 'per paket',
        description:
          'Isinya kain mori 50 × 50 cm yang sudah digambari pola, dua canting, malam secukupnya, wajan kecil, dan pewarna untuk dua warna. Kami sertakan lembar petunjuk bergambar dan video langkah demi langkah dari Bu Nur. Cocok untuk anak sekolah maupun orang dewasa yang ingin mencoba membatik.',
        tags: [
          'belajar membatik',
          'canting',
          'malam batik',
          'alat batik',
          'kerajinan anak',
          'giriloyo',
        ],
        art: { kind: 'cloth', hue: 36, pattern: 'kawung' },
        stock: 25,
      },
    ],
  },
  {
    id: 'thiwul-mbok-sumi',
    name: 'Thiwul Mbok Sumi',
    region: '34.03',
    description:
      'Usaha rumahan di Wonosari yang mengolah singkong dari ladang sekitar menjadi thiwul, gatot, dan camilan khas Gunungkidul.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'thiwul-instan-gula-jawa',
        name: 'Thiwul Instan Gula Jawa',
        category: 'kuliner',
        price: 20000,
        unit: 'per 500 g',
        description:
          'Thiwul dari tepung gaplek yang sudah dikukus lalu dikeringkan, jadi di rumah cukup dikukus lagi 15 menit. Sudah bercampur gula jawa; sajikan dengan parutan kelapa. Tahan enam bulan dalam kemasan tertutup.',
        tags: ['thiwul', 'tiwul', 'tiwul instan', 'gaplek', 'singkong', 'gunungkidul', 'wonosari'],
        art: { kind: 'pouch', hue: 26 },
        stock: 55,
      },
      {
        id: 'gatot-kering',
        name: 'Gatot Kering',
        category: 'kuliner',
        price: 18000,
        unit: 'per 500 g',
        description:
          'Gatot dibuat dari singkong yang dijemur sampai menghitam alami, lalu dipotong kecil dan dikeringkan lagi. Rendam semalam, kukus 30 menit, lalu taburi kelapa parut dan sedikit garam. Kenyal dan legit, bikin kangen kampung bagi para perantau.',
        tags: ['gatot', 'gathot', 'singkong', 'makanan tradisional', 'gunungkidul'],
        art: { kind: 'pouch', hue: 200 },
        stock: 40,
      },
      {
        id: 'belalang-goreng-bacem',
        name: 'Belalang Goreng Bacem',
        category: 'kuliner',
        price: 45000,
        unit: 'per toples 200 g',
        description:
          'Belalang kayu tangkapan warga dari ladang jati, dibacem dengan bawang dan ketumbar lalu digoreng kering. Camilan gurih tinggi protein yang jadi ciri khas oleh-oleh Gunungkidul. Stok mengikuti musim belalang dan sekarang sedang kosong; biasanya ada lagi di musim hujan.',
        tags: [
          'belalang',
          'walang',
          'belalang goreng',
          'walang goreng',
          'gunungkidul',
          'oleh-oleh',
        ],
        art: { kind: 'jar', hue: 34 },
        stock: 0,
      },
    ],
  },
  {
    id: 'salak-pondoh-pak-warno',
    name: 'Kebun Salak Pondoh Pak Warno',
    region: '34.04',
    description:
      'Kebun salak keluarga di Turi, Sleman, di lereng Merapi. Kami merawat sekitar 800 rumpun salak pondoh dan menyerbukkan bunganya dengan tangan.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'salak-pondoh-super',
        name: 'Salak Pondoh Super',
        category: 'pertanian',
        price: 18000,
        unit: 'per kg',
        description:
          'Salak pondoh yang manis tanpa rasa sepat, dipetik pagi hari lalu dikirim dalam kardus berlubang. Isi 12 sampai 15 buah per kilogram. Tahan sekitar seminggu di suhu ruang; jangan dicuci sebelum disimpan.',
        tags: ['salak', 'salak pondoh', 'buah', 'sleman', 'turi', 'jogja'],
        art: { kind: 'produce', shape: 'salak', hue: 18 },
        stock: 400,
      },
      {
        id: 'salak-gading',
        name: 'Salak Gading',
        category: 'pertanian',
        price: 25000,
        unit: 'per kg',
        description:
          'Salak gading berkulit kuning kecokelatan, rasanya manis dengan sedikit asam yang segar. Pohonnya tidak banyak di kebun kami, jadi panennya terbatas. Enak dijadikan rujak atau asinan.',
        tags: ['salak', 'salak gading', 'buah', 'sleman'],
        art: { kind: 'produce', shape: 'salak', hue: 40 },
        stock: 45,
      },
      {
        id: 'bibit-salak-pondoh',
        name: 'Bibit Salak Pondoh Cangkok',
        category: 'lainnya',
        price: 15000,
        unit: 'per polybag',
        description:
          'Bibit salak pondoh hasil cangkok dari induk betina yang sudah terbukti berbuah manis, tinggi sekitar 40 cm. Tanam di tanah gembur dengan sedikit naungan. Mulai berbuah dua sampai tiga tahun setelah tanam.',
        tags: ['bibit', 'bibit salak', 'salak pondoh', 'tanaman buah', 'cangkok'],
        art: { kind: 'plant', hue: 140 },
        stock: 150,
      },
      {
        id: 'keripik-salak',
        name: 'Keripik Salak',
        category: 'kuliner',
        price: 20000,
        unit: 'per 100 g',
        description:
          'Salak pondoh diiris lalu digoreng dengan mesin vakum sehingga renyah tanpa gosong dan manisnya tetap terasa. Tanpa tambahan gula maupun pewarna. Habiskan dalam seminggu setelah kemasan dibuka.',
        tags: ['keripik salak', 'kripik salak', 'keripik buah', 'kripik', 'salak', 'camilan'],
        art: { kind: 'pouch', hue: 16 },
        stock: 48,
      },
    ],
  },
  // ── Jawa Timur ─────────────────────────────────────────────────────────────────────
  {
    id: 'keripik-tempe-bu-yayuk',
    name: 'Keripik Tempe Sanan Bu Yayuk',
    region: '35.73',
    description:
      'Pembuat tempe dan keripik tempe di Kampung Sanan, Malang, sejak 1996. Tempenya kami buat sendiri dari kedelai yang direbus dan diragi di rumah.',
    shops: ['tokopedia', 'shopee', 'tiktok'],
    products: [
      {
        id: 'keripik-tempe-malang-original',
        name: 'Keripik Tempe Malang Original',
        category: 'kuliner',
        price: 22000,
        unit: 'per 250 g',
        description:
          'Tempe setipis 2 mm dicelup adonan tepung beras, bawang putih dan ketumbar, lalu digoreng dua kali. Renyahnya tahan lama dan gurihnya pas. Simpan di toples rapat; tahan sampai dua bulan. Kami menggoreng setiap pagi, jadi pesanan yang masuk sebelum pukul 10 dikirim hari itu juga.',
        tags: [
          'keripik',
          'kripik',
          'keripik tempe',
          'kripik tempe',
          'tempe',
          'malang',
          'sanan',
          'oleh-oleh',
        ],
        art: { kind: 'pouch', hue: 46 },
        stock: 150,
      },
      {
        id: 'keripik-tempe-pedas-daun-jeruk',
        name: 'Keripik Tempe Pedas Daun Jeruk',
        category: 'kuliner',
        price: 25000,
        unit: 'per 250 g',
        description:
          'Versi pedas dengan bubuk cabai asli dan irisan daun jeruk yang ikut digoreng, aromanya segar. Tingkat pedasnya sedang, masih bisa dinikmati yang kurang kuat makan pedas. Cocok untuk teman nasi atau oleh-oleh kantor.',
        tags: ['keripik', 'kripik', 'keripik tempe', 'kripik pedas', 'daun jeruk', 'malang'],
        art: { kind: 'pouch', hue: 6 },
        stock: 90,
      },
      {
        id: 'tempe-segar-sanan',
        name: 'Tempe Kedelai Segar',
        category: 'kuliner',
        price: 8000,
        unit: 'per papan 500 g',
        description:
          'Tempe segar bungkus plastik seberat setengah kilogram, dari kedelai utuh yang diragi dua hari. Hanya bisa diambil di tempat atau dikirim dalam Kota Malang. Tahan dua hari di suhu ruang dan lima hari di kulkas.',
        tags: ['tempe', 'tempe segar', 'tempeh', 'kedelai', 'malang'],
        art: { kind: 'box', hue: 50 },
      },
    ],
  },
  {
    id: 'kwt-sumber-rejeki',
    name: 'KWT Sumber Rejeki',
    region: '35.79',
    description:
      'Kelompok wanita tani di Bumiaji, Kota Batu, yang mengolah apel dan sayur dari kebun anggota. Ada 24 anggota, kebanyakan istri petani apel.',
    shops: ['tokopedia', 'tiktok'],
    products: [
      {
        id: 'apel-manalagi-batu',
        name: 'Apel Manalagi Batu',
        category: 'pertanian',
        price: 22000,
        unit: 'per kg',
        description:
          'Apel manalagi yang manis dan harum meski kulitnya hijau kekuningan, dipetik langsung dari kebun anggota di Bumiaji. Isi enam sampai delapan buah per kilogram. Tahan dua minggu di kulkas. Di musim hujan kulitnya kadang berbintik, tetapi rasanya tidak berubah.',
        tags: ['apel', 'apel malang', 'apel batu', 'manalagi', 'buah'],
        art: { kind: 'produce', shape: 'round', hue: 78 },
        stock: 180,
      },
      {
        id: 'apel-anna-batu',
        name: 'Apel Anna',
        category: 'pertanian',
        price: 25000,
        unit: 'per kg',
        description:
          'Apel anna berkulit merah bercampur hijau dengan rasa manis asam yang segar, cocok untuk jus dan salad buah. Kami sortir satu per satu sebelum dikemas supaya tidak ada yang memar. Ukuran buahnya beragam mengikuti panen.',
        tags: ['apel', 'apel anna', 'apel merah', 'apel batu', 'buah'],
        art: { kind: 'produce', shape: 'round', hue: 356 },
        stock: 90,
      },
      {
        id: 'sari-apel-batu',
        name: 'Sari Apel Batu',
        category: 'kuliner',
        price: 30000,
        unit: 'per dus isi 12 cup',
        description:
          'Minuman sari apel dari apel manalagi yang diperas, disaring dan dipasteurisasi, dengan sedikit gula. Satu dus berisi 12 cup 180 ml. Paling segar disajikan dingin; tahan enam bulan sebelum dibuka.',
        tags: ['sari apel', 'jus apel', 'minuman', 'apel batu', 'oleh-oleh'],
        art: { kind: 'bottle', hue: 62 },
        stock: 70,
      },
      {
        id: 'keripik-apel',
        name: 'Keripik Apel',
        category: 'kuliner',
        price: 18000,
        unit: 'per 100 g',
        description:
          'Irisan apel yang digoreng vakum sampai kering dan renyah, tanpa tambahan gula. Kami membuatnya dari apel kecil yang kurang laku dijual segar, jadi tidak ada yang terbuang. Setelah kemasan dibuka, habiskan dalam tiga hari.',
        tags: ['keripik apel', 'kripik apel', 'keripik buah', 'kripik', 'apel batu', 'oleh-oleh'],
        art: { kind: 'pouch', hue: 90 },
        stock: 64,
      },
      {
        id: 'kompos-kebun-5kg',
        name: 'Pupuk Kompos Kebun',
        category: 'lainnya',
        price: 15000,
        unit: 'per karung 5 kg',
        description:
          'Kompos dari daun, ranting dan ampas apel yang difermentasi tiga bulan di rumah kompos kelompok. Remah dan tidak berbau, cocok untuk pot dan kebun sayur di pekarangan. Campur satu bagian kompos dengan dua bagian tanah.',
        tags: ['kompos', 'pupuk', 'pupuk organik', 'media tanam', 'berkebun'],
        art: { kind: 'sack', hue: 100 },
        stock: 60,
      },
      {
        id: 'bibit-apel-manalagi-okulasi',
        name: 'Bibit Apel Manalagi Okulasi',
        category: 'lainnya',
        price: 35000,
        unit: 'per polybag',
        description:
          'Bibit apel manalagi hasil okulasi dari pohon induk di kebun anggota, tinggi sekitar 60 cm. Di dataran rendah apel bisa tumbuh tetapi jarang berbuah lebat; paling cocok ditanam di ketinggian di atas 700 mdpl. Siram pagi atau sore dan beri kompos tiap tiga bulan.',
        tags: ['bibit apel', 'bibit', 'apel manalagi', 'tanaman buah', 'okulasi'],
        art: { kind: 'plant', hue: 90 },
        stock: 45,
      },
    ],
  },
  {
    id: 'kerupuk-udang-mak-sun',
    name: 'Kerupuk Udang Mak Sun',
    region: '35.15',
    description:
      'Usaha kerupuk dan petis di Sidoarjo. Udangnya berasal dari tambak keluarga besar kami di Sedati dan diolah di dapur produksi di belakang rumah.',
    shops: ['shopee'],
    products: [
      {
        id: 'kerupuk-udang-mentah',
        name: 'Kerupuk Udang Mentah',
        category: 'kuliner',
        price: 45000,
        unit: 'per 500 g',
        description:
          'Kerupuk udang mentah dengan kadar udang tinggi, tinggal digoreng di rumah. Goreng dalam minyak panas sedang sampai mengembang penuh. Selama masih mentah, tahan hingga enam bulan asal disimpan kering.',
        tags: ['kerupuk', 'krupuk', 'kerupuk udang', 'krupuk udang', 'sidoarjo', 'oleh-oleh'],
        art: { kind: 'pouch', hue: 14 },
        stock: 85,
      },
      {
        id: 'petis-udang-sidoarjo',
        name: 'Petis Udang',
        category: 'kuliner',
        price: 35000,
        unit: 'per toples 250 g',
        description:
          'Petis hitam pekat dari sari udang yang dimasak lama dengan gula merah, bumbu wajib rujak cingur, tahu tek dan lontong balap. Kental, manis gurih, dan tidak amis. Setelah dibuka, simpan di kulkas; tahan tiga bulan.',
        tags: ['petis', 'petis udang', 'bumbu', 'rujak cingur', 'sidoarjo', 'surabaya'],
        art: { kind: 'jar', hue: 350 },
        stock: 40,
      },
      {
        id: 'udang-vaname-segar',
        name: 'Udang Vaname Segar',
        category: 'perikanan',
        price: { min: 75000, max: 105000 },
        unit: 'per kg',
        description:
          'Udang vaname dari tambak keluarga di Sedati, dipanen pagi dan langsung dibekukan. Harga tergantung ukuran, dari isi 60 sampai isi 30 ekor per kilogram. Pengiriman hanya untuk Sidoarjo dan Surabaya.',
        tags: ['udang', 'udang vaname', 'udang segar', 'udang tambak', 'seafood', 'sidoarjo'],
        art: { kind: 'shrimp', hue: 18 },
        stock: 70,
      },
    ],
  },
  {
    id: 'batik-osing-mbak-sayu',
    name: 'Batik Osing Mbak Sayu',
    region: '35.10',
    description:
      'Sanggar batik kecil di Glagah, Banyuwangi, yang membuat batik bermotif khas Osing. Kami juga menyangrai kopi dari kebun keluarga di lereng Ijen.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'batik-tulis-gajah-oling',
        name: 'Batik Tulis Motif Gajah Oling',
        category: 'fashion',
        price: 450000,
        unit: 'per lembar',
        description:
          'Gajah oling adalah motif khas Banyuwangi yang bentuknya seperti belalai gajah sekaligus tanda tanya, dikelilingi sulur dan kupu-kupu. Batik tulis di atas katun primisima ukuran 2 × 1,15 m. Warna dasar putih gading dengan motif cokelat dan hijau.',
        tags: ['batik', 'batik tulis', 'gajah oling', 'batik banyuwangi', 'osing', 'kain batik'],
        art: { kind: 'cloth', hue: 140, pattern: 'batik' },
        stock: 9,
      },
      {
        id: 'kemeja-batik-kangkung-setingkes',
        name: 'Kemeja Batik Cap Kangkung Setingkes',
        category: 'fashion',
        price: 275000,
        unit: 'per pcs',
        description:
          'Motif kangkung setingkes, seikat kangkung, melambangkan kebersamaan warga Osing. Kemeja lengan pendek bahan katun, ukuran M sampai XXL, dengan furing di punggung. Setrika dari sisi dalam agar warnanya tetap cerah.',
        tags: ['kemeja batik', 'batik pria', 'kangkung setingkes', 'batik banyuwangi', 'osing'],
        art: { kind: 'shirt', hue: 110, pattern: 'parang' },
        stock: 17,
      },
      {
        id: 'kopi-robusta-ijen-bubuk',
        name: 'Kopi Robusta Lereng Ijen Bubuk',
        category: 'kuliner',
        price: 40000,
        unit: 'per 250 g',
        description:
          'Robusta dari kebun keluarga di lereng Ijen, dipetik merah, dijemur di para-para, lalu disangrai agak gelap. Rasanya pahit tegas dengan aroma cokelat, enak dibuat kopi susu. Digiling sedang, cocok untuk tubruk atau moka pot.',
        tags: ['kopi', 'kopi bubuk', 'robusta', 'kopi ijen', 'kopi banyuwangi', 'coffee'],
        art: { kind: 'pouch', hue: 20 },
        stock: 66,
      },
    ],
  },
  {
    id: 'mina-muncar',
    name: 'Kelompok Pengolah Ikan Mina Muncar',
    region: '35.10',
    description:
      'Kelompok istri nelayan di Muncar, salah satu pelabuhan ikan terbesar di Jawa. Kami mengolah lemuru dan tongkol hasil tangkapan suami menjadi pindang dan ikan siap masak.',
    shops: [],
    products: [
      {
        id: 'pindang-tongkol-muncar',
        name: 'Ikan Pindang Tongkol',
        category: 'perikanan',
        price: 35000,
        unit: 'per besek isi 4 ekor',
        description:
          'Tongkol segar direbus dengan garam di dalam besek bambu sampai matang, cara memindang yang turun-temurun di Muncar. Tinggal digoreng atau dimasak pindang bumbu kuning. Tahan tiga hari di suhu ruang dan seminggu di kulkas.',
        tags: ['pindang', 'ikan pindang', 'tongkol', 'pindang tongkol', 'muncar', 'banyuwangi'],
        art: { kind: 'fish', hue: 215, count: 3 },
        stock: 30,
      },
      {
        id: 'lemuru-segar-beku',
        name: 'Ikan Lemuru Segar Beku',
        category: 'perikanan',
        price: 20000,
        unit: 'per kg',
        description:
          'Lemuru, ikan sejenis sarden, tangkapan perahu slerek di Selat Bali, dijual beku per kilogram dengan isi sekitar 15 ekor. Enak digoreng garing atau dibuat pepes. Sedang musim paceklik, jadi stok kosong sampai ikan kembali banyak.',
        tags: ['lemuru', 'ikan lemuru', 'sarden', 'ikan segar', 'muncar', 'banyuwangi'],
        art: { kind: 'fish', hue: 195 },
        stock: 0,
      },
    ],
  },
  // ── Bali ───────────────────────────────────────────────────────────────────────────
  {
    id: 'tenun-endek-bu-komang',
    name: 'Tenun Endek Bu Komang',
    region: '51.05',
    description:
      'Rumah tenun di Desa Gelgel, Klungkung, dengan alat tenun bukan mesin yang dijalankan ibu-ibu banjar. Kami menenun endek dan songket untuk upacara maupun sehari-hari.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'kain-tenun-endek-bali',
        name: 'Kain Tenun Endek Bali',
        category: 'fashion',
        price: { min: 350000, max: 600000 },
        unit: 'per lembar',
        description:
          'Endek adalah tenun ikat pakan khas Bali: benang pakan diikat dan diwarnai lebih dulu sebelum ditenun. Ukuran 2,25 × 1,1 m, bisa dipakai sebagai kamen atau dijahit menjadi kemeja. Harga tergantung kerumitan motif dan jenis benangnya, katun atau sutra. Beberapa motif khusus dipakai untuk upacara, jadi tanyakan dulu bila ragu.',
        tags: ['endek', 'tenun endek', 'kain bali', 'tenun bali', 'kamen', 'klungkung'],
        art: { kind: 'cloth', hue: 280, pattern: 'ikat' },
        stock: 21,
      },
      {
        id: 'kain-songket-bali',
        name: 'Kain Songket Bali Benang Perak',
        category: 'fashion',
        price: 1850000,
        unit: 'per lembar',
        description:
          'Songket Bali dengan benang perak di atas dasar sutra merah muda, untuk upacara adat dan pernikahan. Satu lembar dikerjakan sekitar sebulan oleh satu penenun. Simpan terlipat di dalam kain katun, jauh dari kapur barus yang bisa membuat benang logam kusam.',
        tags: ['songket', 'songket bali', 'kain bali', 'tenun bali', 'kamen'],
        art: { kind: 'cloth', hue: 330, pattern: 'songket' },
        stock: 2,
      },
    ],
  },
  {
    id: 'subak-abian-bukit-sari',
    name: 'Subak Abian Bukit Sari',
    region: '51.06',
    description:
      'Kelompok petani kopi dan jeruk di Kintamani yang tergabung dalam subak abian, yaitu subak untuk lahan kering. Kopi kami tumbuh berdampingan dengan pohon jeruk.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'kopi-arabika-kintamani-250g',
        name: 'Kopi Arabika Kintamani Biji Sangrai',
        category: 'kuliner',
        price: 90000,
        unit: 'per 250 g',
        description:
          'Arabika Kintamani yang diproses full washed dan disangrai terang, rasanya cerah dengan sentuhan jeruk. Kebun kami berada di kawasan Indikasi Geografis Kopi Arabika Kintamani Bali. Kami bisa menggilingnya sesuai alat seduh Anda; sebutkan saat memesan.',
        tags: ['kopi', 'kopi kintamani', 'kopi bali', 'arabika', 'biji kopi', 'coffee'],
        art: { kind: 'pouch', hue: 26 },
        stock: 38,
      },
      {
        id: 'jeruk-siam-kintamani',
        name: 'Jeruk Siam Kintamani',
        category: 'pertanian',
        price: { min: 18000, max: 25000 },
        unit: 'per kg',
        description:
          'Jeruk siam dari kebun anggota di lereng Batur, kulitnya kuning kehijauan dan airnya banyak. Harga tergantung ukuran buah. Dikirim dalam keranjang bambu dan tahan sekitar sepuluh hari.',
        tags: ['jeruk', 'jeruk siam', 'jeruk kintamani', 'buah', 'bangli', 'bali'],
        art: { kind: 'produce', shape: 'round', hue: 40 },
        stock: 220,
      },
    ],
  },
  {
    id: 'subak-jatiluwih-tani-sari',
    name: 'Subak Jatiluwih Tani Sari',
    region: '51.02',
    description:
      'Petani di Jatiluwih, Tabanan, yang menanam padi beras merah lokal di sawah berundak warisan budaya dunia, diairi dengan sistem subak.',
    shops: [],
    products: [
      {
        id: 'beras-merah-jatiluwih',
        name: 'Beras Merah Jatiluwih',
        category: 'pertanian',
        price: 32000,
        unit: 'per kg',
        description:
          'Beras merah dari padi lokal Bali yang ditanam sekali setahun di sawah terasering Jatiluwih. Ditanam tanpa pupuk kimia dan digiling bersama kulit arinya. Rendam 30 menit sebelum dimasak; nasinya wangi dan agak kenyal.',
        tags: ['beras merah', 'beras', 'red rice', 'jatiluwih', 'tabanan', 'bali'],
        art: { kind: 'sack', hue: 2 },
        stock: 120,
      },
      {
        id: 'teh-beras-merah-sangrai',
        name: 'Teh Beras Merah Sangrai',
        category: 'kuliner',
        price: 25000,
        unit: 'per 150 g',
        description:
          'Beras merah Jatiluwih yang disangrai sampai harum lalu diseduh seperti teh. Rasanya seperti nasi panggang, hangat dan ringan di perut; seduh dua sendok makan dengan 300 ml air panas selama lima menit.',
        tags: ['teh beras', 'teh beras merah', 'minuman', 'jatiluwih', 'bali'],
        art: { kind: 'pouch', hue: 8 },
      },
    ],
  },
  {
    id: 'perak-celuk-pak-wayan',
    name: 'Perak Celuk Pak Wayan',
    region: '51.04',
    description:
      'Bengkel perhiasan perak di Desa Celuk, Gianyar. Pak Wayan dan dua anaknya membuat perhiasan perak 925 dengan teknik granulasi yang diwariskan kakek mereka.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'anting-perak-bunga-jepun',
        name: 'Anting Perak Bunga Jepun',
        category: 'fashion',
        price: 225000,
        unit: 'per pasang',
        description:
          'Anting kait perak 925 berbentuk bunga jepun kecil, panjang sekitar 3 cm. Kelopaknya dihias butiran perak halus yang ditempel satu per satu. Kalau menghitam, gosok pelan dengan pasta gigi dan sikat gigi lembut.',
        tags: ['anting', 'anting perak', 'perak celuk', 'perhiasan', 'silver', 'bali'],
        art: { kind: 'jewel', hue: 200 },
        stock: 12,
      },
      {
        id: 'gelang-perak-ukir-bali',
        name: 'Gelang Perak Ukir Bali',
        category: 'fashion',
        price: { min: 450000, max: 650000 },
        unit: 'per pcs',
        description:
          'Gelang bangle perak 925 dengan ukiran motif patra khas Bali di sekelilingnya. Harga tergantung lebar dan berat, antara 15 sampai 25 gram. Bisa dipesan dengan ukiran nama di bagian dalam, selesai dalam seminggu.',
        tags: ['gelang', 'gelang perak', 'perak celuk', 'perhiasan', 'silver', 'bali'],
        art: { kind: 'jewel', hue: 160 },
        stock: 6,
      },
    ],
  },
  {
    id: 'petani-garam-amed',
    name: 'Kelompok Petani Garam Amed',
    region: '51.07',
    description:
      'Petani garam tradisional di Pantai Amed, Karangasem. Air laut kami siramkan ke pasir, disaring, lalu dijemur di palungan dari batang kelapa yang dibelah.',
    shops: ['shopee'],
    products: [
      {
        id: 'garam-laut-amed',
        name: 'Garam Laut Amed',
        category: 'kuliner',
        price: 30000,
        unit: 'per 250 g',
        description:
          'Garam laut kristal yang dijemur di palungan kayu kelapa, sehingga rasanya asin bersih tanpa pahit. Butirannya putih dan renyah, cocok untuk masakan maupun ditabur di atas ikan bakar. Garam Amed sudah terdaftar sebagai produk Indikasi Geografis.',
        tags: ['garam', 'garam laut', 'garam amed', 'sea salt', 'karangasem', 'bali'],
        art: { kind: 'pouch', hue: 195 },
        stock: 75,
      },
      {
        id: 'garam-mandi-rempah',
        name: 'Garam Mandi Rempah',
        category: 'lainnya',
        price: 45000,
        unit: 'per toples 300 g',
        description:
          'Garam Amed yang dicampur bunga kenanga kering dan minyak serai, untuk berendam atau merendam kaki sepulang bekerja. Larutkan dua sendok makan dalam air hangat. Tutup rapat toplesnya karena garam mudah menyerap uap air.',
        tags: ['garam mandi', 'bath salt', 'spa', 'rendam kaki', 'aromaterapi', 'bali'],
        art: { kind: 'jar', hue: 270 },
        stock: 20,
      },
    ],
  },
  // ── Nusa Tenggara Barat ────────────────────────────────────────────────────────────
  {
    id: 'tenun-sukarara-inaq-marni',
    name: 'Tenun Sukarara Inaq Marni',
    region: '52.02',
    description:
      'Penenun di Desa Sukarara, Lombok Tengah, tempat anak-anak perempuan Sasak belajar menenun sejak kecil. Inaq Marni menenun bersama anak dan menantunya di beranda rumah.',
    shops: ['shopee'],
    products: [
      {
        id: 'kain-songket-sasak-sukarara',
        name: 'Kain Songket Sasak Sukarara',
        category: 'fashion',
        price: { min: 750000, max: 1500000 },
        unit: 'per lembar',
        description:
          'Songket Sasak bermotif subahnale, motif rumit yang konon membuat penenunnya berseru "subhanallah" ketika selesai. Ditenun dengan alat gedogan sambil duduk; satu lembar butuh satu setengah sampai tiga bulan. Harga tergantung ukuran dan jenis benang.',
        tags: [
          'songket',
          'songket lombok',
          'tenun sasak',
          'subahnale',
          'sukarara',
          'lombok',
          'tenun',
        ],
        art: { kind: 'cloth', hue: 10, pattern: 'songket' },
        stock: 5,
      },
      {
        id: 'selendang-tenun-sasak',
        name: 'Selendang Tenun Sasak Pewarna Alam',
        category: 'fashion',
        price: 185000,
        unit: 'per lembar',
        description:
          'Selendang tenun ringan sepanjang 200 cm, diwarnai dengan kulit kayu dan daun dari sekitar desa. Bisa dipakai sebagai syal atau hiasan meja. Setiap lembar unik karena dicelup dalam jumlah kecil.',
        tags: ['selendang', 'tenun sasak', 'tenun lombok', 'pewarna alam', 'syal'],
        art: { kind: 'cloth', hue: 60, pattern: 'stripes' },
        stock: 13,
      },
      {
        id: 'tas-tenun-sasak',
        name: 'Tas Bahu Tenun Sasak',
        category: 'fashion',
        price: 150000,
        unit: 'per pcs',
        description:
          'Tas bahu 30 × 25 cm dari potongan kain tenun Sasak dengan tali kulit sintetis dan ritsleting, muat buku dan botol minum. Dijahit di Praya oleh penjahit yang bekerja sama dengan kami.',
        tags: ['tas', 'tas tenun', 'tas bahu', 'tenun sasak', 'lombok'],
        art: { kind: 'bag', hue: 5, pattern: 'ikat' },
        stock: 19,
      },
    ],
  },
  {
    id: 'gerabah-banyumulek-amaq-sahnan',
    name: 'Gerabah Banyumulek Amaq Sahnan',
    region: '52.01',
    description:
      'Perajin gerabah di Desa Banyumulek, Lombok Barat. Kami membuat kendi, vas, dan peralatan dapur dari tanah liat dengan teknik pilin dan tatap batu.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'kendi-maling-lombok',
        name: 'Kendi Maling',
        category: 'kerajinan',
        price: 65000,
        unit: 'per pcs',
        description:
          'Kendi maling diisi dari lubang di bagian bawah, lalu dibalik tanpa airnya tumpah, keunikan khas gerabah Lombok. Air di dalamnya tetap sejuk berkat pori-pori tanah liat. Rendam semalam sebelum dipakai pertama kali. Tingginya sekitar 25 cm dan muat kira-kira satu setengah liter air.',
        tags: ['kendi', 'kendi maling', 'gerabah', 'gerabah lombok', 'banyumulek', 'tanah liat'],
        art: { kind: 'pot', hue: 12 },
        stock: 27,
      },
      {
        id: 'vas-gerabah-anyaman-ketak',
        name: 'Vas Gerabah Berbalut Anyaman Ketak',
        category: 'kerajinan',
        price: 145000,
        unit: 'per pcs',
        description:
          'Vas tanah liat setinggi 35 cm yang dibalut anyaman ketak, sejenis pakis rambat yang banyak tumbuh di Lombok. Perpaduan dua kerajinan: gerabah dari Banyumulek dan anyaman dari perajin di Lombok Utara. Cukup dibersihkan dengan kuas kering.',
        tags: ['vas', 'gerabah', 'ketak', 'anyaman ketak', 'lombok', 'dekorasi rumah'],
        art: { kind: 'pot', hue: 30 },
        stock: 11,
      },
      {
        id: 'piring-saji-tanah-liat',
        name: 'Piring Saji Tanah Liat Set Isi 4',
        category: 'kerajinan',
        price: 95000,
        unit: 'per set',
        description:
          'Empat piring saji tanah liat berdiameter 24 cm, bagian dalamnya berlapis glasir yang aman untuk makanan. Pas untuk menyajikan plecing kangkung atau ayam taliwang buatan sendiri. Jangan dimasukkan ke microwave dan hindari perubahan suhu mendadak.',
        tags: ['piring', 'piring tanah liat', 'gerabah', 'peralatan makan', 'lombok'],
        art: { kind: 'bowl', hue: 22 },
        stock: 14,
      },
    ],
  },
  // ── Nusa Tenggara Timur ────────────────────────────────────────────────────────────
  {
    id: 'tenun-ikat-sikka-mama-yuliana',
    name: 'Tenun Ikat Sikka Mama Yuliana',
    region: '53.07',
    description:
      'Kelompok tenun mama-mama di Maumere, Sikka. Kami memintal, mengikat, dan mencelup benang dengan pewarna alam dari akar mengkudu dan daun tarum sebelum menenun.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'kain-tenun-ikat-sikka',
        name: 'Kain Tenun Ikat Sikka Pewarna Alam',
        category: 'fashion',
        price: { min: 1200000, max: 2500000 },
        unit: 'per lembar',
        description:
          'Kain tenun ikat Sikka dengan motif khas berwarna merah mengkudu dan biru tarum. Dari benang sampai menjadi kain butuh tiga sampai enam bulan. Harga tergantung ukuran dan kerumitan motif; tanyakan foto kain yang sedang tersedia lewat WhatsApp.',
        tags: [
          'tenun',
          'tenun ikat',
          'tenun sikka',
          'kain tenun',
          'maumere',
          'flores',
          'ntt',
          'pewarna alam',
        ],
        art: { kind: 'cloth', hue: 6, pattern: 'ikat' },
        stock: 7,
      },
      {
        id: 'selendang-tenun-ikat-sikka',
        name: 'Selendang Tenun Ikat Sikka',
        category: 'fashion',
        price: 350000,
        unit: 'per lembar',
        description:
          'Selendang tenun ikat selebar 35 cm bermotif geometris khas Sikka, untuk menyambut tamu atau dipakai sebagai syal. Benang katunnya dipintal tangan sehingga teksturnya sedikit kasar dan hangat. Cuci dengan air dingin dan sabun lembut.',
        tags: ['selendang', 'tenun ikat', 'tenun sikka', 'syal', 'flores', 'ntt'],
        art: { kind: 'cloth', hue: 230, pattern: 'ikat' },
        stock: 16,
      },
      {
        id: 'tas-tenun-ikat-sikka',
        name: 'Tas Jinjing Tenun Ikat Sikka',
        category: 'fashion',
        price: 225000,
        unit: 'per pcs',
        description:
          'Tas jinjing 38 × 32 cm dari potongan tenun ikat Sikka yang dipadukan dengan kanvas tebal. Setiap tas punya motif berbeda karena memakai sisa kain tenun besar. Cocok untuk ke pasar maupun ke kantor.',
        tags: ['tas', 'tas tenun', 'tote bag', 'tenun sikka', 'flores'],
        art: { kind: 'bag', hue: 350, pattern: 'ikat' },
        stock: 10,
      },
    ],
  },
  {
    id: 'galeri-tenun-nusa-kupang',
    name: 'Galeri Tenun Nusa Kupang',
    region: '53.71',
    description:
      'Galeri kecil di Kupang yang menjual tenun dan hasil olahan dari berbagai kabupaten di NTT. Kami membeli langsung dari kelompok penenun dan pembuatnya, lalu mencantumkan asal setiap barang.',
    shops: ['shopee', 'tiktok'],
    products: [
      {
        id: 'kain-hinggi-sumba-timur',
        name: 'Kain Hinggi Sumba Timur',
        category: 'fashion',
        price: { min: 2500000, max: 6000000 },
        unit: 'per lembar',
        description:
          'Hinggi adalah kain tenun ikat pria dari Sumba Timur dengan motif kuda, udang dan ayam yang tersusun simetris. Kami membelinya langsung dari penenun di sekitar Waingapu. Harga tergantung ukuran, umur kain, dan pewarnanya.',
        tags: ['tenun', 'tenun sumba', 'hinggi', 'kain sumba', 'sumba timur', 'tenun ikat', 'ntt'],
        art: { kind: 'cloth', hue: 14, pattern: 'ikat' },
        origin: '53.11',
        madeLocally: false,
        stock: 3,
      },
      {
        id: 'selendang-tenun-rote',
        name: 'Selendang Tenun Ikat Rote',
        category: 'fashion',
        price: 300000,
        unit: 'per lembar',
        description:
          'Selendang tenun ikat Rote dengan motif bunga kecil berulang di atas dasar hitam dan merah. Kami beli dari kelompok penenun di Rote Ndao; panjangnya 190 cm dan lebarnya 40 cm.',
        tags: ['selendang', 'tenun rote', 'tenun ikat', 'rote ndao', 'ntt'],
        art: { kind: 'cloth', hue: 0, pattern: 'batik' },
        origin: '53.14',
        madeLocally: false,
        stock: 8,
      },
      {
        id: 'gula-air-lontar-sabu',
        name: 'Gula Air Lontar Sabu',
        category: 'kuliner',
        price: 40000,
        unit: 'per botol 600 ml',
        description:
          'Gula air dari nira lontar yang dimasak sampai kental oleh penyadap lontar di Pulau Sabu. Manisnya lembut dengan aroma karamel; biasa dicampur air sebagai minuman atau dioles ke roti. Simpan di kulkas setelah dibuka.',
        tags: ['gula sabu', 'gula lontar', 'gula air', 'lontar', 'sabu raijua', 'ntt'],
        art: { kind: 'bottle', hue: 28 },
        origin: '53.20',
        madeLocally: false,
        stock: 24,
      },
    ],
  },
  {
    id: 'kopi-colol-om-stef',
    name: 'Kopi Colol Om Stef',
    region: '53.19',
    description:
      'Petani kopi di Colol, Manggarai Timur, yang merawat kebun arabika dan robusta warisan orang tua. Kami menjemur kopi di rumah jemur sendiri supaya tidak terkena debu jalan.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'kopi-arabika-flores-colol',
        name: 'Kopi Arabika Flores Colol',
        category: 'kuliner',
        price: 80000,
        unit: 'per 250 g',
        description:
          'Arabika Colol yang dipetik merah lalu diproses natural; rasanya manis dengan sentuhan cokelat dan buah kering. Disangrai medium di Ruteng seminggu sekali. Nikmat diseduh tubruk ataupun dengan saringan kain. Tersedia dalam bentuk biji atau bubuk.',
        tags: ['kopi', 'kopi flores', 'kopi colol', 'arabika', 'manggarai', 'ntt'],
        art: { kind: 'pouch', hue: 355 },
        stock: 33,
      },
      {
        id: 'green-bean-robusta-colol',
        name: 'Green Bean Robusta Colol',
        category: 'pertanian',
        price: 95000,
        unit: 'per kg',
        description:
          'Biji robusta mentah hasil petik merah, kadar air sekitar 12 persen. Cocok untuk campuran espresso atau kopi susu di kedai. Pembelian di atas 20 kg kami kirim lewat kapal dari Labuan Bajo.',
        tags: ['green bean', 'greenbean', 'robusta', 'biji kopi mentah', 'kopi flores'],
        art: { kind: 'beans', hue: 75 },
        stock: 300,
      },
      {
        id: 'vanili-kering-flores',
        name: 'Vanili Kering Flores',
        category: 'pertanian',
        price: 150000,
        unit: 'per 50 g',
        description:
          'Polong vanili dari tanaman sela di kebun kopi kami, dipetik tua lalu dilayukan dan dijemur-angin selama tiga bulan. Panjang 14 sampai 18 cm, harum, lentur, dan berminyak. Simpan di botol kaca tertutup di tempat sejuk, jangan di kulkas.',
        tags: ['vanili', 'vanila', 'vanilla', 'rempah', 'flores', 'manggarai'],
        art: { kind: 'pouch', hue: 280 },
        stock: 10,
      },
    ],
  },
  // ── Kalimantan ─────────────────────────────────────────────────────────────────────
  {
    id: 'periau-madu-sentarum',
    name: 'Periau Madu Danau Sentarum',
    region: '61.06',
    description:
      'Kelompok pemanen madu (periau) di sekitar Taman Nasional Danau Sentarum. Madu dipanen dari sarang lebah hutan di tikung, dahan buatan yang dipasang di pohon tepi danau.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'madu-hutan-sentarum-500g',
        name: 'Madu Hutan Danau Sentarum',
        category: 'kuliner',
        price: 150000,
        unit: 'per botol 500 g',
        description:
          'Madu hutan murni dari lebah liar, dipanen dengan cara ditiriskan dan tidak diperas dengan tangan supaya higienis. Warnanya cokelat keemasan dan rasanya sedikit asam, ciri madu hutan yang tidak dipanaskan. Madu bisa mengkristal di udara dingin; itu wajar dan tidak mengurangi mutunya.',
        tags: [
          'madu',
          'madu hutan',
          'madu murni',
          'honey',
          'danau sentarum',
          'kapuas hulu',
          'kalimantan',
        ],
        art: { kind: 'bottle', hue: 38 },
        stock: 42,
      },
      {
        id: 'madu-kelulut-250ml',
        name: 'Madu Kelulut',
        category: 'kuliner',
        price: 120000,
        unit: 'per botol 250 ml',
        description:
          'Madu dari lebah kelulut, lebah tanpa sengat, yang kami budidayakan dalam kotak kayu di dekat kebun karet. Rasanya asam segar dan lebih encer daripada madu biasa. Panennya sedikit sehingga sering habis; stok berikutnya sekitar akhir bulan depan.',
        tags: ['madu', 'madu kelulut', 'madu klanceng', 'trigona', 'stingless bee', 'kalimantan'],
        art: { kind: 'bottle', hue: 48 },
        stock: 0,
      },
      {
        id: 'malam-lebah-hutan',
        name: 'Malam Lebah (Lilin Lebah) Hutan',
        category: 'lainnya',
        price: 60000,
        unit: 'per balok 250 g',
        description:
          'Lilin lebah dari sisa sarang madu hutan, dilelehkan dan disaring tiga kali. Bisa dipakai untuk membatik, membuat lilin, atau melapisi kayu dan kulit. Warnanya kuning alami dan wanginya seperti madu.',
        tags: ['lilin lebah', 'malam lebah', 'beeswax', 'malam batik', 'kalimantan'],
        art: { kind: 'soap', hue: 45 },
        stock: 15,
      },
    ],
  },
  {
    id: 'anyaman-dayak-ibu-lidia',
    name: 'Anyaman Dayak Ibu Lidia',
    region: '61.06',
    description:
      'Perajin anyaman rotan dan manik-manik dari rumah betang di Kapuas Hulu. Rotan diambil dari hutan adat dan dianyam oleh ibu-ibu di sela bekerja di ladang.',
    shops: ['shopee'],
    products: [
      {
        id: 'tas-anjat-rotan-dayak',
        name: 'Tas Anjat Rotan Dayak',
        category: 'kerajinan',
        price: 275000,
        unit: 'per pcs',
        description:
          'Anjat adalah tas punggung rotan khas Dayak untuk membawa hasil ladang, kini juga dipakai sebagai tas gaya. Dianyam rapat dengan motif hitam dari rotan yang diwarnai jelaga. Tinggi 40 cm, dengan tali bahu dari kulit kayu.',
        tags: ['anjat', 'tas rotan', 'rotan', 'anyaman rotan', 'dayak', 'kalimantan'],
        art: { kind: 'basket', hue: 35, pattern: 'weave' },
        stock: 6,
      },
      {
        id: 'keranjang-rotan-bertutup',
        name: 'Keranjang Rotan Bertutup',
        category: 'kerajinan',
        price: 135000,
        unit: 'per pcs',
        description:
          'Keranjang rotan bulat berdiameter 30 cm dengan tutup, untuk menyimpan beras, kain, atau mainan. Rotannya diraut halus dan dianyam kencang sehingga tidak mudah berubah bentuk. Sesekali jemur di bawah matahari pagi agar tidak lembap.',
        tags: ['keranjang', 'keranjang rotan', 'rotan', 'anyaman', 'dayak', 'wadah'],
        art: { kind: 'basket', hue: 28, pattern: 'stripes' },
        stock: 9,
      },
      {
        id: 'gelang-manik-dayak',
        name: 'Gelang Manik-Manik Motif Dayak',
        category: 'fashion',
        price: 45000,
        unit: 'per pcs',
        description:
          'Gelang manik-manik bermotif Dayak yang disusun satu per satu dengan benang nilon yang kuat. Ukurannya bisa disesuaikan; kirimkan lingkar pergelangan tangan saat memesan, dan gelang ini cocok juga untuk cendera mata.',
        tags: ['gelang', 'manik', 'manik-manik', 'aksesori', 'aksesoris', 'dayak'],
        art: { kind: 'jewel', hue: 15 },
        stock: 40,
      },
    ],
  },
  {
    id: 'sasirangan-acil-ida',
    name: 'Sasirangan Acil Ida',
    region: '63.71',
    description:
      'Perajin sasirangan di Kampung Sasirangan, Banjarmasin. Kain dijelujur dengan tangan, ditarik, lalu dicelup, cara membuat kain khas Banjar yang diwariskan nenek Acil Ida.',
    shops: ['tokopedia', 'shopee'],
    products: [
      {
        id: 'kain-sasirangan-gigi-haruan',
        name: 'Kain Sasirangan Motif Gigi Haruan',
        category: 'fashion',
        price: 175000,
        unit: 'per lembar',
        description:
          'Kain sasirangan katun 2 × 1,1 m bermotif gigi haruan dengan warna ungu dan kuning. Motifnya dibuat dengan jahitan jelujur yang ditarik kencang sebelum kain dicelup. Cuci terpisah pada pencucian pertama karena sisa pewarna masih bisa keluar sedikit.',
        tags: [
          'sasirangan',
          'kain sasirangan',
          'jumputan',
          'banjar',
          'banjarmasin',
          'kalimantan selatan',
        ],
        art: { kind: 'cloth', hue: 290, pattern: 'parang' },
        stock: 23,
      },
      {
        id: 'kemeja-sasirangan-pria',
        name: 'Kemeja Sasirangan Pria',
        category: 'fashion',
        price: 235000,
        unit: 'per pcs',
        description:
          'Kemeja lengan panjang sasirangan bermotif kulat kurikit, bahan katun prima yang adem, ukuran M sampai XXL. Pas untuk acara resmi maupun santai.',
        tags: ['kemeja', 'kemeja sasirangan', 'baju pria', 'sasirangan', 'banjarmasin'],
        art: { kind: 'shirt', hue: 190, pattern: 'stripes' },
        stock: 15,
      },
    ],
  },
  {
    id: 'lampit-rotan-amuntai',
    name: 'Anyaman Purun & Lampit Galuh',
    region: '63.08',
    description:
      'Usaha keluarga di Amuntai, Hulu Sungai Utara, yang membuat lampit rotan dan anyaman purun, rumput rawa yang tumbuh di sekitar kampung kami.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'lampit-rotan-amuntai',
        name: 'Lampit Rotan Amuntai',
        category: 'kerajinan',
        price: { min: 450000, max: 950000 },
        unit: 'per lembar',
        description:
          'Lampit, tikar dari bilah rotan yang dirangkai dengan benang nilon, terasa sejuk dipakai duduk atau tidur siang. Ukuran 120 × 180 cm sampai 200 × 300 cm; harga mengikuti ukuran. Gulung untuk menyimpan, dan lap dengan kain lembap bila kotor.',
        tags: ['lampit', 'lampit rotan', 'tikar rotan', 'rotan', 'amuntai', 'kalimantan selatan'],
        art: { kind: 'mat', hue: 34, pattern: 'stripes' },
        stock: 7,
      },
      {
        id: 'tas-anyaman-purun',
        name: 'Tas Anyaman Purun',
        category: 'kerajinan',
        price: 65000,
        unit: 'per pcs',
        description:
          'Tas belanja dari anyaman purun, dengan pegangan dari bahan yang sama. Purunnya ditumbuk pipih dan dijemur sebelum dianyam, lalu diwarnai sebagian agar bermotif. Kuat untuk membawa belanjaan sampai lima kilogram.',
        tags: ['tas purun', 'anyaman purun', 'purun', 'tas belanja', 'kalimantan selatan'],
        art: { kind: 'bag', hue: 100, pattern: 'weave' },
        stock: 30,
      },
      {
        id: 'bakul-purun',
        name: 'Bakul Purun Serbaguna',
        category: 'kerajinan',
        price: 40000,
        unit: 'per pcs',
        description:
          'Bakul purun setinggi 25 cm untuk wadah sayur, buah, atau cucian kering. Anyamannya rapat tapi tetap ringan; hindari menaruhnya di tempat basah terlalu lama.',
        tags: ['bakul', 'bakul purun', 'anyaman purun', 'keranjang', 'wadah'],
        art: { kind: 'basket', hue: 70, pattern: 'weave' },
      },
    ],
  },
  // ── Sulawesi ───────────────────────────────────────────────────────────────────────
  {
    id: 'sutra-sengkang-indo-rahma',
    name: 'Sutra Sengkang Indo Rahma',
    region: '73.13',
    description:
      'Penenun sarung sutra Bugis di Sengkang, Wajo. Kami menenun dengan gedogan dan ATBM di kolong rumah panggung.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'lipa-sabbe-sutra-bugis',
        name: "Lipa' Sabbe (Sarung Sutra Bugis)",
        category: 'fashion',
        price: { min: 650000, max: 1200000 },
        unit: 'per lembar',
        description:
          'Sarung sutra khas Bugis bermotif kotak-kotak kecil dengan warna cerah. Benang sutranya dari ulat sutra yang dipelihara petani di Wajo. Harga tergantung motif dan kerapatan tenunan; simpan jauh dari sinar matahari langsung.',
        tags: ['sarung sutra', 'lipa sabbe', 'sutra bugis', 'sutra sengkang', 'sarung', 'wajo'],
        art: { kind: 'cloth', hue: 335, pattern: 'weave' },
        stock: 12,
      },
      {
        id: 'selendang-sutra-sengkang',
        name: 'Selendang Sutra Sengkang',
        category: 'fashion',
        price: 285000,
        unit: 'per lembar',
        description:
          'Selendang sutra tenun tangan 200 × 50 cm yang ringan dan berkilau lembut. Warnanya dicelup satu per satu; tersedia merah, hijau, kuning dan ungu. Cuci dengan tangan memakai sampo, jangan diperas.',
        tags: ['selendang', 'selendang sutra', 'sutra', 'sutra sengkang', 'wajo'],
        art: { kind: 'cloth', hue: 52, pattern: 'plain' },
        stock: 20,
      },
    ],
  },
  {
    id: 'nelayan-pattorani-galesong',
    name: 'Kelompok Nelayan Pattorani Galesong',
    region: '73.05',
    description:
      'Nelayan pencari telur ikan terbang (pattorani) di Galesong, Takalar. Istri-istri nelayan juga membudidayakan dan menjemur rumput laut di pesisir.',
    shops: ['shopee'],
    products: [
      {
        id: 'telur-ikan-terbang-kering',
        name: 'Telur Ikan Terbang Kering',
        category: 'perikanan',
        price: 125000,
        unit: 'per 250 g',
        description:
          'Telur ikan terbang yang dikumpulkan nelayan di Selat Makassar dengan rumpon daun kelapa, lalu dibersihkan dan dijemur. Biasa dimasak menjadi sambal atau dicampur telur dadar. Simpan di freezer; tahan enam bulan.',
        tags: ['telur ikan terbang', 'torani', 'tobiko', 'hasil laut', 'takalar', 'galesong'],
        art: { kind: 'jar', hue: 30 },
        stock: 10,
      },
      {
        id: 'rumput-laut-kering-cottonii',
        name: 'Rumput Laut Kering Cottonii',
        category: 'perikanan',
        price: 35000,
        unit: 'per kg',
        description:
          'Rumput laut cottonii yang dibudidayakan di pesisir Takalar dan dijemur tiga hari di para-para bambu. Sudah dicuci bersih dari pasir dan garam. Rendam semalam sebelum diolah menjadi puding, manisan, atau es rumput laut. Untuk pengolah yang membeli di atas 50 kg, ada harga khusus.',
        tags: ['rumput laut', 'cottonii', 'eucheuma', 'agar-agar', 'seaweed', 'takalar'],
        art: { kind: 'seaweed', hue: 80 },
        stock: 100,
      },
      {
        id: 'ikan-terbang-asap',
        name: 'Ikan Terbang Asap (Tuing-Tuing)',
        category: 'perikanan',
        price: 45000,
        unit: 'per ikat isi 10 ekor',
        description:
          'Ikan terbang yang diasap di atas bara tempurung kelapa sampai kering dan harum. Enak dimakan dengan nasi hangat dan sambal, atau dimasak parede. Tahan dua minggu di suhu ruang dalam wadah tertutup.',
        tags: ['ikan terbang', 'tuing-tuing', 'ikan asap', 'takalar', 'makassar'],
        art: { kind: 'fish', hue: 32, count: 3 },
        stock: 25,
      },
    ],
  },
  {
    id: 'dangke-ibu-hasnah',
    name: 'Dangke Ibu Hasnah',
    region: '73.16',
    description:
      'Peternak sapi perah di Enrekang yang setiap pagi mengolah susu segar menjadi dangke, keju tradisional Massenrempulu. Suami Ibu Hasnah juga berkebun kopi di lereng Latimojong.',
    shops: [],
    products: [
      {
        id: 'dangke-susu-sapi',
        name: 'Dangke Susu Sapi',
        category: 'kuliner',
        price: 30000,
        unit: 'per bungkus 250 g',
        description:
          'Dangke dibuat dari susu sapi segar yang dipanaskan lalu digumpalkan dengan getah pepaya, dicetak di tempurung kelapa dan dibungkus daun pisang. Rasanya gurih asin dan lembut; biasanya digoreng atau dibakar sebentar. Dikirim beku dan tahan seminggu di kulkas.',
        tags: ['dangke', 'keju', 'keju lokal', 'susu sapi', 'enrekang', 'massenrempulu'],
        art: { kind: 'box', hue: 100 },
        stock: 20,
      },
      {
        id: 'kopi-arabika-kalosi',
        name: 'Kopi Arabika Kalosi',
        category: 'kuliner',
        price: 75000,
        unit: 'per 250 g',
        description:
          'Kopi arabika dari kebun di lereng Latimojong, Enrekang, yang dikenal dengan nama Kalosi. Disangrai medium dark: body-nya tebal dengan sedikit rasa rempah. Bisa dikirim dalam bentuk biji atau bubuk.',
        tags: ['kopi', 'kopi kalosi', 'kopi enrekang', 'arabika', 'kopi sulawesi'],
        art: { kind: 'pouch', hue: 12 },
        stock: 26,
      },
    ],
  },
  {
    id: 'fufu-cakalang-ibu-meity',
    name: 'Rumah Fufu Cakalang Ibu Meity',
    region: '71.72',
    description:
      'Usaha pengasapan cakalang di Bitung, kota pelabuhan perikanan di ujung Minahasa. Cakalang dibeli segar dari kapal pukat cincin dan diasap hari itu juga.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'cakalang-fufu',
        name: 'Cakalang Fufu',
        category: 'perikanan',
        price: { min: 45000, max: 65000 },
        unit: 'per potong',
        description:
          'Cakalang fufu adalah cakalang yang dibelah, dijepit bilah bambu, lalu diasap perlahan dengan sabut kelapa. Dagingnya padat dan harum asap, enak dibuat cakalang rica atau dicampur ke bubur Manado. Harga per potong tergantung berat, 400 sampai 700 gram; tahan seminggu di kulkas.',
        tags: ['cakalang', 'cakalang fufu', 'ikan asap', 'bitung', 'manado', 'minahasa'],
        art: { kind: 'fish', hue: 22 },
        stock: 35,
      },
      {
        id: 'abon-cakalang-pedas',
        name: 'Abon Cakalang Pedas',
        category: 'kuliner',
        price: 55000,
        unit: 'per toples 200 g',
        description:
          'Abon dari daging cakalang asap yang disuwir dan disangrai dengan cabai rawit, bawang, dan daun jeruk. Pedasnya khas Manado, pas ditabur di atas nasi atau roti. Tahan tiga bulan dalam toples tertutup rapat.',
        tags: ['abon', 'abon ikan', 'abon cakalang', 'pedas', 'bitung', 'manado'],
        art: { kind: 'jar', hue: 16 },
        stock: 44,
      },
      {
        id: 'tuna-loin-beku',
        name: 'Tuna Sirip Kuning Loin Beku',
        category: 'perikanan',
        price: { min: 95000, max: 120000 },
        unit: 'per kg',
        description:
          'Potongan loin tuna sirip kuning tanpa kulit dan tulang, dibekukan segera setelah dipotong. Cocok untuk steik atau sup; cairkan perlahan di kulkas semalam sebelum dimasak. Harga tergantung grade warna daging.',
        tags: ['tuna', 'tuna loin', 'tuna sirip kuning', 'ikan beku', 'seafood', 'bitung'],
        art: { kind: 'fish', hue: 225 },
        madeLocally: false,
        stock: 50,
      },
      {
        id: 'sambal-roa',
        name: 'Sambal Roa',
        category: 'kuliner',
        price: 45000,
        unit: 'per botol 200 g',
        description:
          'Sambal dari ikan roa asap yang disuwir halus lalu dimasak dengan cabai, bawang merah, dan minyak kelapa. Pedas, gurih, dan harum asap; satu sendok cukup untuk sepiring nasi. Simpan di kulkas dan selalu pakai sendok kering, tahan dua bulan.',
        tags: ['sambal roa', 'sambel roa', 'sambal', 'sambel', 'roa', 'manado'],
        art: { kind: 'jar', hue: 2 },
        stock: 52,
      },
    ],
  },
  // ── Maluku ─────────────────────────────────────────────────────────────────────────
  {
    id: 'kayu-putih-buru-bapa-yosef',
    name: 'Minyak Kayu Putih Bapa Yosef',
    region: '81.04',
    description:
      'Penyulingan minyak kayu putih tradisional di Pulau Buru. Daun kayu putih kami petik dari pohon yang tumbuh di padang savana, lalu disuling dengan ketel di dekat kebun.',
    shops: ['shopee'],
    products: [
      {
        id: 'minyak-kayu-putih-buru-60ml',
        name: 'Minyak Kayu Putih Buru',
        category: 'lainnya',
        price: 45000,
        unit: 'per botol 60 ml',
        description:
          'Minyak kayu putih murni dari daun yang tumbuh di savana Pulau Buru, tanpa campuran minyak lain. Aromanya lebih tajam dan hangatnya lebih terasa dibanding minyak kayu putih pabrikan. Tutup rapat dan jauhkan dari jangkauan anak-anak.',
        tags: ['minyak kayu putih', 'kayu putih', 'minyak atsiri', 'buru', 'maluku'],
        art: { kind: 'bottle', hue: 150 },
        stock: 80,
      },
      {
        id: 'minyak-kayu-putih-buru-300ml',
        name: 'Minyak Kayu Putih Buru Ukuran Hemat',
        category: 'lainnya',
        price: 160000,
        unit: 'per botol 300 ml',
        description:
          'Ukuran hemat untuk keluarga, atau untuk dituang lagi ke botol kecil. Isinya sama dengan botol 60 ml, hasil sulingan bulan ini. Botol kaca gelap menjaga aromanya tetap kuat; simpan di tempat sejuk.',
        tags: ['minyak kayu putih', 'kayu putih', 'ukuran hemat', 'buru', 'maluku'],
        art: { kind: 'bottle', hue: 160 },
        stock: 9,
      },
      {
        id: 'sabun-kayu-putih',
        name: 'Sabun Batang Kayu Putih',
        category: 'lainnya',
        price: 20000,
        unit: 'per pcs 90 g',
        description:
          'Sabun batang buatan tangan dari minyak kelapa dan minyak kayu putih Buru, wanginya segar sehabis beraktivitas di luar. Didiamkan sebulan sebelum dijual agar lembut di kulit. Biarkan kering di antara pemakaian supaya awet.',
        tags: ['sabun', 'sabun batang', 'sabun kayu putih', 'sabun alami', 'maluku'],
        art: { kind: 'soap', hue: 170 },
        stock: 55,
      },
    ],
  },
  {
    id: 'pala-banda-bapak-usman',
    name: 'Kebun Pala Banda Bapak Usman',
    region: '81.01',
    description:
      'Keluarga pekebun pala di Banda Neira. Pohon-pohon pala kami tumbuh di bawah naungan kenari besar, seperti ratusan tahun lalu.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'biji-pala-banda',
        name: 'Biji Pala Banda',
        category: 'pertanian',
        price: 70000,
        unit: 'per 250 g',
        description:
          'Biji pala Banda kering yang sudah dikupas dari tempurungnya, harum dan berminyak. Rempah yang sejak dulu dicari pedagang dari seluruh dunia ini cukup diparut sedikit untuk sup, semur, atau kue. Simpan utuh di toples kaca dan parut saat hendak dipakai.',
        tags: ['pala', 'biji pala', 'pala banda', 'nutmeg', 'rempah', 'maluku'],
        art: { kind: 'beans', hue: 24 },
        stock: 60,
      },
      {
        id: 'fuli-pala-banda',
        name: 'Fuli (Bunga Pala) Banda',
        category: 'pertanian',
        price: 85000,
        unit: 'per 100 g',
        description:
          'Fuli adalah selaput merah yang membungkus biji pala, dijemur sampai oranye kecokelatan. Aromanya lebih lembut dan manis daripada biji pala, cocok untuk kue, sosis, dan kari. Simpan tertutup agar minyak atsirinya tidak menguap.',
        tags: ['fuli', 'bunga pala', 'mace', 'rempah', 'pala banda'],
        art: { kind: 'pouch', hue: 8 },
        stock: 20,
      },
      {
        id: 'manisan-pala-banda',
        name: 'Manisan Pala',
        category: 'kuliner',
        price: 30000,
        unit: 'per toples 250 g',
        description:
          'Daging buah pala yang diiris, direndam air garam, lalu dimasak dengan gula sampai bening. Rasanya manis, dengan hangat pedas yang lembut di tenggorokan. Tahan tiga bulan di toples tertutup.',
        tags: ['manisan pala', 'pala', 'manisan', 'oleh-oleh', 'banda', 'maluku'],
        art: { kind: 'jar', hue: 56 },
        stock: 30,
      },
      {
        id: 'kenari-kupas-banda',
        name: 'Kenari Kupas Banda',
        category: 'pertanian',
        price: 80000,
        unit: 'per 250 g',
        description:
          'Biji kenari dari pohon-pohon tua peneduh kebun pala kami, dipecah satu per satu dengan batu. Gurih dan renyah, enak disangrai atau dipakai untuk kue. Simpan di kulkas agar tidak tengik.',
        tags: ['kenari', 'kacang kenari', 'kenari kupas', 'banda', 'maluku'],
        art: { kind: 'beans', hue: 36 },
      },
    ],
  },
  // ── Papua Pegunungan ───────────────────────────────────────────────────────────────
  {
    id: 'noken-mama-wamena',
    name: 'Kelompok Mama-Mama Noken Wamena',
    region: '95.01',
    description:
      'Kelompok mama-mama di Wamena, Jayawijaya, yang merajut noken dari serat kulit kayu dan benang. Sebagian anggota juga memetik kopi dari kebun di lembah Baliem.',
    shops: ['tokopedia'],
    products: [
      {
        id: 'noken-serat-kayu',
        name: 'Noken Serat Kulit Kayu',
        category: 'kerajinan',
        price: { min: 250000, max: 450000 },
        unit: 'per pcs',
        description:
          'Noken, tas rajut khas Papua yang diakui UNESCO sebagai warisan budaya takbenda, dirajut dari serat kulit kayu yang dipintal di paha. Satu noken besar bisa dikerjakan dua sampai tiga minggu. Harga tergantung ukuran dan kerapatan rajutan.',
        tags: ['noken', 'noken papua', 'tas rajut', 'serat kayu', 'wamena', 'papua'],
        art: { kind: 'bag', hue: 30, pattern: 'weave' },
        stock: 8,
      },
      {
        id: 'noken-benang-warna',
        name: 'Noken Benang Warna-Warni',
        category: 'kerajinan',
        price: 150000,
        unit: 'per pcs',
        description:
          'Noken rajut dari benang wol dengan garis merah, kuning, dan hijau. Lebih ringan dari noken serat kayu, pas untuk tas sehari-hari. Bisa dicuci dengan tangan dan dijemur digantung.',
        tags: ['noken', 'noken benang', 'tas rajut', 'papua', 'wamena'],
        art: { kind: 'bag', hue: 0, pattern: 'stripes' },
        stock: 14,
      },
      {
        id: 'kopi-arabika-wamena',
        name: 'Kopi Arabika Wamena',
        category: 'kuliner',
        price: 95000,
        unit: 'per 250 g',
        description:
          'Arabika dari kebun mama-mama di lembah Baliem, ditanam tanpa pupuk kimia di ketinggian sekitar 1.600 mdpl. Rasanya lembut dengan sedikit cokelat dan kacang. Disangrai di Wamena dalam jumlah kecil, jadi stoknya terbatas.',
        tags: ['kopi', 'kopi wamena', 'kopi papua', 'arabika', 'baliem'],
        art: { kind: 'pouch', hue: 140 },
        stock: 12,
      },
    ],
  },
];

import type { Lang } from '@etalase/catalog';
import { MARKETPLACE_PRESETS } from '@etalase/photo-coach';
import type { CheckId, FrameCue, MarketplacePresetId } from '@etalase/photo-coach';
import type { ShownVerdict } from './photo-report-view.js';
import { translator } from '../shared/strings.js';
import type { TextValues } from '../shared/strings.js';

/** The photo coach's UI text, in Bahasa Indonesia (default) and English. */
const STRINGS = {
  title: { id: 'Pelatih Foto Produk', en: 'Product Photo Coach' },
  intro: {
    id: 'Ambil atau pilih foto produk. Kami periksa fotonya di HP Anda (tidak diunggah), beri saran, dan perbaiki untuk marketplace.',
    en: 'Take or choose product photos. We check them on your device (nothing is uploaded), give tips, and fix them for the marketplace.',
  },
  preset: { id: 'Untuk marketplace', en: 'For marketplace' },
  allMarketplaces: { id: 'Semua marketplace', en: 'All marketplaces' },
  allMarketplacesInSentence: { id: 'semua marketplace', en: 'all marketplaces' },
  takePhoto: { id: 'Ambil foto', en: 'Take a photo' },
  choosePhotos: { id: 'Pilih foto', en: 'Choose photos' },
  liveCamera: { id: 'Kamera dengan panduan', en: 'Guided camera' },
  dropHint: {
    id: 'atau seret foto ke sini, atau tempel (Ctrl+V)',
    en: 'or drag photos here, or paste (Ctrl+V)',
  },
  photos: { id: 'Foto produk', en: 'Product photos' },
  photoN: { id: 'Foto {n}', en: 'Photo {n}' },
  unreadable: { id: 'Tidak terbaca', en: 'Unreadable' },
  mainPhoto: { id: 'Foto utama', en: 'Main photo' },
  makeMain: { id: 'Jadikan foto utama', en: 'Make main photo' },
  remove: { id: 'Hapus foto', en: 'Remove photo' },
  reading: { id: 'Membaca foto…', en: 'Reading the photo…' },
  progress: { id: 'Memeriksa foto {done} dari {total}…', en: 'Checking photo {done} of {total}…' },
  allChecked: { id: '{n} foto selesai diperiksa.', en: '{n} photos checked.' },
  score: { id: 'Skor foto', en: 'Photo score' },
  scoreOf: { id: '{score} dari 100', en: '{score} out of 100' },
  scoreGood: { id: 'Siap dipasang', en: 'Ready to list' },
  scoreFair: { id: 'Cukup, bisa lebih baik', en: 'Fair, could be better' },
  scorePoor: { id: 'Perlu diperbaiki', en: 'Needs work' },
  topTips: { id: 'Yang perlu diubah dulu', en: 'Change these first' },
  tipsAfterFix: {
    id: 'Yang masih perlu diubah saat memotret lagi',
    en: 'What to change when you take it again',
  },
  originalScore: {
    id: 'Skor sesudah perbaikan; foto asli: {score}.',
    en: 'Score after the fix; the original: {score}.',
  },
  maybeTips: { id: 'Mungkin perlu diubah', en: 'May need changing' },
  checkYourself: { id: 'Periksa sendiri', en: 'Check yourself' },
  noTips: {
    id: 'Foto ini sudah bagus. Tidak ada yang perlu diubah.',
    en: 'This photo is good. Nothing needs changing.',
  },
  whyLabel: { id: 'Kenapa penting:', en: 'Why it matters:' },
  allChecks: { id: 'Semua pemeriksaan', en: 'All checks' },
  fix: { id: 'Perbaiki otomatis', en: 'Fix automatically' },
  fixAll: { id: 'Perbaiki semua foto', en: 'Fix all photos' },
  fixing: { id: 'Memperbaiki foto…', en: 'Fixing the photo…' },
  fixedFor: {
    id: 'Siap untuk {marketplace}: {width}×{height} px, {size}. Skor {before} → {after}.',
    en: 'Ready for {marketplace}: {width}×{height} px, {size}. Score {before} → {after}.',
  },
  fixedNoExif: {
    id: 'Data lokasi (GPS) dan info kamera sudah dihapus dari foto ini.',
    en: 'Location (GPS) and camera data have been removed from this photo.',
  },
  before: { id: 'Sebelum', en: 'Before' },
  after: { id: 'Sesudah', en: 'After' },
  compare: { id: 'Bandingkan sebelum dan sesudah', en: 'Compare before and after' },
  download: { id: 'Unduh foto', en: 'Download photo' },
  downloadAll: { id: 'Unduh semua ({n})', en: 'Download all ({n})' },
  firstFrame: {
    id: 'Ini GIF bergerak: hanya gambar pertama yang diperiksa, dan marketplace juga hanya menampilkan gambar pertama. Pakai foto JPG.',
    en: 'This is an animated GIF: only its first frame was checked, and marketplaces show only the first frame too. Use a JPG photo.',
  },
  downscaled: {
    id: 'Foto sangat besar ({width}×{height}); diperiksa dalam ukuran lebih kecil.',
    en: 'A very large photo ({width}×{height}); it was checked at a smaller size.',
  },
  failed: {
    id: 'Terjadi kesalahan saat memeriksa foto. Coba lagi, atau pilih foto lain.',
    en: 'Something went wrong while checking the photo. Try again, or choose another photo.',
  },
  tooMany: {
    id: '{marketplace} menerima paling banyak {n} foto per produk; foto ke-{from} dan seterusnya tidak akan dipakai.',
    en: '{marketplace} accepts at most {n} photos per product; photo {from} onwards will not be used.',
  },
  cameraTitle: { id: 'Kamera dengan panduan', en: 'Guided camera' },
  shutter: { id: 'Jepret foto', en: 'Take the photo' },
  closeCamera: { id: 'Tutup kamera', en: 'Close the camera' },
  cameraStarting: { id: 'Menyalakan kamera…', en: 'Starting the camera…' },
  cameraDenied: {
    id: 'Izin kamera ditolak. Izinkan kamera untuk situs ini di pengaturan peramban, atau pakai "Ambil foto" / "Pilih foto".',
    en: 'Camera permission was denied. Allow the camera for this site in the browser settings, or use "Take a photo" / "Choose photos".',
  },
  cameraMissing: {
    id: 'Kamera tidak ditemukan di perangkat ini. Pakai "Pilih foto" untuk memilih foto dari galeri.',
    en: 'No camera was found on this device. Use "Choose photos" to pick photos from the gallery.',
  },
  cameraInsecure: {
    id: 'Kamera langsung hanya bisa dipakai di halaman HTTPS. Pakai "Ambil foto" atau "Pilih foto".',
    en: 'The live camera works only on HTTPS pages. Use "Take a photo" or "Choose photos".',
  },
  cameraBusy: {
    id: 'Kamera sedang dipakai aplikasi lain. Tutup aplikasi itu lalu coba lagi, atau pakai "Ambil foto".',
    en: 'The camera is in use by another app. Close it and try again, or use "Take a photo".',
  },
  fps: { id: '{fps} pemeriksaan/detik', en: '{fps} checks/second' },
  captured: { id: 'Foto diambil; sedang diperiksa.', en: 'Photo taken; checking it.' },
  workerFallback: {
    id: 'Pemeriksaan berjalan di halaman ini (lebih lambat): berkas etalase-photo-worker.js tidak bisa dimuat.',
    en: 'Checks run on this page (slower): the file etalase-photo-worker.js could not be loaded.',
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** A key of the photo coach's text table. */
export type CoachStringKey = keyof typeof STRINGS;

/** The text for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export const ct = translator(STRINGS);

/** {@link ct} bound to one language, for a view that renders in it. */
export const coachText =
  (lang: Lang) =>
  (key: CoachStringKey, values?: TextValues): string =>
    ct(lang, key, values);

/** Each check's name, as a seller would call it. */
export const CHECK_NAMES: Readonly<Record<CheckId, Readonly<Record<Lang, string>>>> = {
  resolution: { id: 'Ukuran foto', en: 'Resolution' },
  aspect: { id: 'Bentuk foto', en: 'Shape' },
  exposure: { id: 'Terang gelap', en: 'Exposure' },
  contrast: { id: 'Kontras', en: 'Contrast' },
  sharpness: { id: 'Ketajaman', en: 'Sharpness' },
  noise: { id: 'Bintik (noise)', en: 'Noise' },
  'color-cast': { id: 'Warna cahaya', en: 'Colour of the light' },
  background: { id: 'Latar belakang', en: 'Background' },
  'subject-size': { id: 'Ukuran produk di foto', en: 'Product size in the frame' },
  centering: { id: 'Posisi produk', en: 'Product position' },
  tilt: { id: 'Kemiringan', en: 'Tilt' },
};

/** Why each check matters to a buyer: shown beside the top tips. */
export const CHECK_WHY: Readonly<Record<CheckId, Readonly<Record<Lang, string>>>> = {
  resolution: {
    id: 'Pembeli memperbesar foto untuk melihat detail; foto kecil jadi pecah.',
    en: 'Buyers zoom in to see details; a small photo turns blocky.',
  },
  aspect: {
    id: 'Marketplace memotong foto menjadi kotak; bagian produk bisa terpotong.',
    en: 'Marketplaces crop photos to a square; part of the product can be cut off.',
  },
  exposure: {
    id: 'Foto gelap atau terlalu terang menyembunyikan warna dan detail asli produk.',
    en: 'A dark or washed-out photo hides the product’s true colours and details.',
  },
  contrast: {
    id: 'Foto pudar terlihat kusam di antara foto lain di hasil pencarian.',
    en: 'A flat photo looks dull next to others in search results.',
  },
  sharpness: {
    id: 'Pembeli tidak bisa menilai kualitas bahan dan jahitan di foto buram.',
    en: 'Buyers cannot judge material and finish in a blurry photo.',
  },
  noise: {
    id: 'Bintik-bintik membuat produk tampak murahan dan tidak jelas.',
    en: 'Grain makes the product look cheap and unclear.',
  },
  'color-cast': {
    id: 'Warna yang salah membuat pembeli kecewa lalu mengembalikan barang.',
    en: 'Wrong colours disappoint buyers and lead to returns.',
  },
  background: {
    id: 'Latar ramai mengalihkan mata dari produk; marketplace menyukai latar polos.',
    en: 'A busy background pulls eyes away from the product; marketplaces favour plain ones.',
  },
  'subject-size': {
    id: 'Di HP, foto tampil kecil; produk harus memenuhi sebagian besar foto agar terlihat.',
    en: 'On phones photos show small; the product must fill most of the frame to be seen.',
  },
  centering: {
    id: 'Marketplace memotong tepi foto; produk di pinggir bisa terpotong.',
    en: 'Marketplaces crop the edges; a product at the side can be cut off.',
  },
  tilt: {
    id: 'Foto miring terlihat asal-asalan dan kurang dipercaya.',
    en: 'A tilted photo looks careless and less trustworthy.',
  },
};

/**
 * Words for a verdict, read by screen readers beside the icon. `maybe`: the coach is not
 * sure, and asks the seller to look (the tip says what at).
 */
export const VERDICT_LABELS: Readonly<Record<ShownVerdict, Readonly<Record<Lang, string>>>> = {
  good: { id: 'Bagus', en: 'Good' },
  warn: { id: 'Bisa lebih baik', en: 'Could be better' },
  bad: { id: 'Perlu diperbaiki', en: 'Needs fixing' },
  maybe: {
    id: 'Mungkin perlu diperbaiki, periksa sendiri',
    en: 'May need fixing, check for yourself',
  },
};

/** Cue names for the live camera's screen-reader announcements. */
export const CUE_ICONS: Readonly<Record<FrameCue, string>> = {
  dark: '☀',
  bright: '☼',
  blurry: '✋',
  tilted: '⟲',
  small: '⤢',
  'off-centre': '✥',
  ready: '✓',
};

/**
 * A marketplace preset's name in `lang`: the marketplaces' own names as they are, the preset
 * that meets all of them ("Semua marketplace") translated, and in lower case inside a
 * sentence ("Siap untuk semua marketplace").
 */
export function presetName(id: MarketplacePresetId, lang: Lang, inSentence = false): string {
  if (id !== 'semua') return MARKETPLACE_PRESETS[id].name;
  return ct(lang, inSentence ? 'allMarketplacesInSentence' : 'allMarketplaces');
}

/** A byte count as people read it: `1,4 MB` (id) or `1.4 MB` (en). */
export function formatBytes(bytes: number, lang: Lang): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  const text = value.toFixed(value >= 10 ? 0 : 1);
  return `${lang === 'id' ? text.replace('.', ',') : text} ${unit}`;
}

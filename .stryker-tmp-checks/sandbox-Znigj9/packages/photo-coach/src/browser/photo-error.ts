// @ts-nocheck
import type { LocalizedText } from '../localized-text.js';

/** Why a photo could not be used, with what to do about it. */
export interface PhotoError {
  readonly code:
    'empty' | 'too-large-file' | 'heic' | 'svg' | 'not-an-image' | 'corrupt' | 'too-small';
  readonly message: LocalizedText;
}

const MESSAGES: Readonly<Record<PhotoError['code'], LocalizedText>> = {
  empty: {
    id: 'Berkas foto kosong (0 byte). Pilih foto lain.',
    en: 'The photo file is empty (0 bytes). Choose another photo.',
  },
  'too-large-file': {
    id: 'Berkas terlalu besar (lebih dari 60 MB). Kirim foto dari kamera HP, bukan video atau berkas RAW.',
    en: 'The file is too large (over 60 MB). Send a photo from the phone camera, not a video or a RAW file.',
  },
  heic: {
    id: 'Foto HEIC dari iPhone belum bisa dibaca di peramban ini. Di iPhone: Pengaturan › Kamera › Format › pilih "Paling Kompatibel" (JPEG), lalu ambil foto lagi, atau kirim foto lewat WhatsApp/email agar diubah ke JPEG.',
    en: 'HEIC photos from an iPhone cannot be read in this browser. On the iPhone: Settings › Camera › Formats › choose "Most Compatible" (JPEG), then take the photo again, or share it through WhatsApp/email so it becomes a JPEG.',
  },
  svg: {
    id: 'Ini gambar SVG (gambar vektor), bukan foto. Pilih foto JPG atau PNG.',
    en: 'This is an SVG (vector drawing), not a photo. Choose a JPG or PNG photo.',
  },
  'not-an-image': {
    id: 'Berkas ini bukan foto yang dikenali. Pilih foto JPG, PNG atau WebP.',
    en: 'This file is not a photo we recognise. Choose a JPG, PNG or WebP photo.',
  },
  corrupt: {
    id: 'Foto tidak bisa dibuka; berkasnya mungkin rusak atau terpotong. Ambil atau kirim ulang fotonya.',
    en: 'The photo cannot be opened; the file may be damaged or cut short. Take or send the photo again.',
  },
  'too-small': {
    id: 'Foto terlalu kecil untuk dinilai. Pakai foto asli dari kamera, bukan tangkapan layar atau gambar kecil.',
    en: 'The photo is too small to assess. Use the original camera photo, not a screenshot or thumbnail.',
  },
};

/** The error for `code`, with its message in Bahasa Indonesia and English. */
export function photoError(code: PhotoError['code']): PhotoError {
  return { code, message: MESSAGES[code] };
}

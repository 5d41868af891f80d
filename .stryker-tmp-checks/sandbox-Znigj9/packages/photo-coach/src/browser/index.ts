// @ts-nocheck
export { decodePhoto } from './decode-photo.js';
export type { DecodeOptions, DecodedPhoto } from './decode-photo.js';
export { encodePhoto } from './encode-photo.js';
export type { EncodeOptions, EncodedPhoto } from './encode-photo.js';
export { photoError } from './photo-error.js';
export type { PhotoError } from './photo-error.js';
export type { PhotoWorkerApi } from './photo-worker.js';
export { coachPhotos, startPhotoWorker } from './coach-photos.js';
export type { CoachPhotosOptions, CoachedPhoto, PhotoWorker } from './coach-photos.js';
export { analyzeFile, fixFile, guideBitmap } from './coach-file.js';
export type { FileAnalysis, FileFix } from './coach-file.js';

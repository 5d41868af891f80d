// The photo coach's Worker, built as `etalase-photo-worker.js` beside the embed bundle:
// decoding a phone photo, analysing it, fixing and encoding it all take longer than a frame,
// so the page only sends the file and gets back the report or the finished JPEG.
import { expose } from 'comlink';
import { analyzeFile, fixFile, guideBitmap } from '@etalase/photo-coach/browser';

/** What the photo Worker offers the element. */
export const photoCoachWorkerApi = { analyzeFile, fixFile, guideBitmap };

/** The photo Worker's API, as seen through comlink. */
export type PhotoCoachWorkerApi = typeof photoCoachWorkerApi;

expose(photoCoachWorkerApi);

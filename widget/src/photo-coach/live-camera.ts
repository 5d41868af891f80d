import { GUIDE_FRAME_SIDE } from '@etalase/photo-coach';
import type { FrameCue, FrameGuidance } from '@etalase/photo-coach';
import type { CoachStringKey } from './photo-coach-strings.js';
import type { PhotoEngine } from './photo-engine.js';

/** Frames judged at once (one in the Worker, one grabbed and waiting). */
const MAX_IN_FLIGHT = 2;

/** Why the camera could not be used, as a key of the coach's text table. */
export type CameraProblem = Extract<
  CoachStringKey,
  'cameraDenied' | 'cameraMissing' | 'cameraInsecure' | 'cameraBusy'
>;

/** What the camera view shows. */
export type CameraState =
  | { readonly phase: 'starting' }
  | {
      readonly phase: 'live';
      /** The cue shown: it changes only when two frames in a row agree, so it does not flicker. */
      readonly guidance: FrameGuidance | undefined;
      /** Frames judged in the last second. */
      readonly fps: number;
      /** Size of the frames judged (the subject box is in these pixels). */
      readonly frame: { readonly width: number; readonly height: number };
    }
  | { readonly phase: 'error'; readonly problem: CameraProblem };

/** Maps a getUserMedia failure to what the seller can do about it. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'cameraDenied';
  if (name === 'NotReadableError' || name === 'AbortError') return 'cameraBusy';
  return 'cameraMissing';
}

/**
 * The live camera: streams the rear camera into a `<video>`, judges small frames in the
 * photo Worker as fast as it answers (at most two frames queued, so a slow phone gets fewer
 * frames rather than a backlog), and takes a full-resolution photo on the shutter.
 */
export class LiveCamera {
  state: CameraState = { phase: 'starting' };
  private stream: MediaStream | undefined;
  private video: HTMLVideoElement | undefined;
  private running = false;
  /** Frames grabbed and not yet judged: two, so the Worker never waits for the next grab. */
  private inFlight = 0;
  private readonly judged: number[] = [];
  private shown: FrameGuidance | undefined;
  private lastCue: FrameCue | undefined;

  constructor(
    private readonly engine: PhotoEngine,
    private readonly onChange: () => void,
  ) {}

  /** Asks for the camera. The view shows the stream once {@link attach} gives it a video. */
  async start(): Promise<void> {
    this.running = true;
    if (!window.isSecureContext) return this.fail('cameraInsecure');
    if (!navigator.mediaDevices?.getUserMedia) return this.fail('cameraMissing');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: {
          facingMode: { ideal: 'environment' },
          width: { ideal: 1920 },
          height: { ideal: 1080 },
        },
        audio: false,
      });
      if (!this.running) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      this.stream = stream;
      // The camera taken by another app, or unplugged: say so rather than freeze on the last cue.
      for (const track of stream.getVideoTracks()) {
        track.addEventListener('ended', () => {
          if (this.running) this.fail('cameraBusy');
        });
      }
      this.state = { phase: 'live', guidance: undefined, fps: 0, frame: { width: 0, height: 0 } };
      this.onChange();
      if (this.video) this.attach(this.video);
    } catch (error) {
      this.fail(cameraProblem(error));
    }
  }

  /** Plays the stream in `video` (rendered by the element) and starts judging frames. */
  attach(video: HTMLVideoElement): void {
    if (this.video === video && video.srcObject === this.stream) return;
    this.video = video;
    if (!this.stream) return;
    video.srcObject = this.stream;
    video.muted = true;
    video.playsInline = true;
    void video.play().catch(() => undefined);
    this.scheduleFrame();
  }

  /** Stops the camera (the light on the phone goes off). */
  stop(): void {
    this.running = false;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    if (this.video) this.video.srcObject = null;
    this.video = undefined;
  }

  /**
   * Takes a full-resolution photo: the camera's still capture where the browser has it
   * (`ImageCapture`, often more pixels than the video), else the current video frame.
   */
  async capture(): Promise<Blob | undefined> {
    const track = this.stream?.getVideoTracks()[0];
    const Capture = (globalThis as { ImageCapture?: new (t: MediaStreamTrack) => ImageCaptureLike })
      .ImageCapture;
    if (track && Capture) {
      try {
        const photo = await Promise.race([
          new Capture(track).takePhoto(),
          new Promise<undefined>((resolve) => setTimeout(resolve, 4000)),
        ]);
        if (photo && photo.size > 0) return photo;
      } catch {
        // Not supported by this camera: take the video frame below.
      }
    }
    const video = this.video;
    if (!video || video.videoWidth === 0) return undefined;
    const canvas = new OffscreenCanvas(video.videoWidth, video.videoHeight);
    canvas.getContext('2d')!.drawImage(video, 0, 0);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
  }

  private fail(problem: CameraProblem): void {
    this.stop();
    this.state = { phase: 'error', problem };
    this.onChange();
  }

  private scheduleFrame(): void {
    if (!this.running || !this.video) return;
    const video = this.video as HTMLVideoElement & {
      requestVideoFrameCallback?: (callback: () => void) => number;
    };
    // A new video frame when the browser can tell; else soon (a frame or so).
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(() => void this.judge());
    else setTimeout(() => void this.judge(), 16);
  }

  private async judge(): Promise<void> {
    const video = this.video;
    if (!this.running || !video || this.inFlight >= MAX_IN_FLIGHT) return;
    if (video.videoWidth === 0 || video.readyState < 2) return this.scheduleFrame();
    this.inFlight++;
    // With a frame in the Worker, grab the next one meanwhile.
    if (this.inFlight < MAX_IN_FLIGHT) this.scheduleFrame();
    try {
      const scale = Math.min(1, GUIDE_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const width = Math.max(16, Math.round(video.videoWidth * scale));
      const height = Math.max(16, Math.round(video.videoHeight * scale));
      // Scaled while grabbing, so only ~0.2 megapixels cross to the Worker.
      const bitmap = await createImageBitmap(video, {
        resizeWidth: width,
        resizeHeight: height,
        resizeQuality: 'medium',
      });
      const guidance = await this.engine.guideBitmap(bitmap);
      if (!this.running) return;
      const now = performance.now();
      this.judged.push(now);
      while (this.judged.length && this.judged[0]! < now - 1000) this.judged.shift();
      // Two frames in a row must agree before the cue changes: a hand-held phone wobbles.
      if (guidance.cue === this.lastCue || this.shown === undefined) this.shown = guidance;
      else if (this.shown.cue === guidance.cue) this.shown = guidance;
      this.lastCue = guidance.cue;
      this.state = {
        phase: 'live',
        guidance: this.shown,
        fps: this.judged.length,
        frame: { width, height },
      };
      this.onChange();
    } catch {
      // A frame that could not be grabbed (the stream ending): try the next one.
    } finally {
      this.inFlight--;
    }
    this.scheduleFrame();
  }
}

interface ImageCaptureLike {
  takePhoto(): Promise<Blob>;
}

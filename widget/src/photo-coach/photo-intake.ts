import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pasteIsForCoach } from './paste-target.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * How photos come in besides the camera: the file pickers, drag and drop onto the drop
 * zone, and paste (Ctrl+V) while the coach, or nothing editable on the page, has focus.
 * Hands the files to `take`; holds only whether something is dragged over the zone.
 */
export class PhotoIntake implements ReactiveController {
  /** Photos are being dragged over the drop zone. */
  get dragging(): boolean {
    return this.#dragging;
  }
  #dragging = false;
  readonly #onPaste = (event: ClipboardEvent) => this.paste(event);

  constructor(
    private readonly host: Host,
    private readonly take: (files: File[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('paste', this.#onPaste);
  }

  hostDisconnected(): void {
    document.removeEventListener('paste', this.#onPaste);
  }

  /** A file input's `change`. */
  readonly pick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.files) this.take([...input.files]);
    input.value = ''; // the same photo can be picked again
  };

  readonly dragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  readonly dragLeave = (): void => this.setDragging(false);

  readonly drop = (event: DragEvent): void => {
    event.preventDefault();
    this.setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) this.take(files);
  };

  private paste(event: ClipboardEvent): void {
    if (event.defaultPrevented || !this.host.isConnected) return;
    if (!pasteIsForCoach(event, this.host)) return;
    const files = [...(event.clipboardData?.files ?? [])].filter((f) =>
      f.type.startsWith('image/'),
    );
    if (files.length === 0) return;
    event.preventDefault();
    this.take(files);
  }

  private setDragging(dragging: boolean): void {
    if (dragging === this.#dragging) return;
    this.#dragging = dragging;
    // A controller's state is not a reactive property of the host: say it changed.
    this.host.requestUpdate();
  }
}

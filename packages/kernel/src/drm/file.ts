import { markKernelObject } from '../lifetime/kernel-objects.js';
import type { DrmState } from './drm-state.js';

let make: (state: DrmState, inner: unknown) => File<unknown>;
let stateOfFile: (file: File<unknown>) => DrmState;

/**
 * An open DRM file (Rust `drm::File<T>`), with the driver's per-file data. A file can outlive the
 * binding of its device (userspace keeps it open): store only handles in the file data.
 *
 * Invariants: belongs to exactly one DRM device; its data is made once, by `Driver.openFile`.
 */
export class File<FileData> {
  readonly #state: DrmState;
  readonly #inner: FileData;

  private constructor(state: DrmState, inner: FileData) {
    this.#state = state;
    this.#inner = inner;
    markKernelObject(this);
  }

  static {
    make = (state, inner) => new File(state, inner);
    stateOfFile = (file) => file.#state;
  }

  /** The driver's per-file data. */
  inner(): FileData {
    return this.#inner;
  }
}

/** Makes a file object (the model's own factory). */
export function makeFile<FileData>(state: DrmState, inner: FileData): File<FileData> {
  // SAFETY: `inner` is the `FileData` the caller declares; `File` only hands it back.
  return make(state, inner) as File<FileData>;
}

/** The DRM device a file belongs to. */
export function fileState(file: File<unknown>): DrmState {
  return stateOfFile(file);
}

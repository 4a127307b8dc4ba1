import { markKernelObject } from '../lifetime/kernel-objects.js';
import { unguard } from '../sync/guarded-value.js';
import type { DrmState } from './drm-state.js';

let make: (state: DrmState, inner: unknown) => File<unknown>;
let stateOfFile: (file: object) => DrmState | undefined;

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
    stateOfFile = (file) => (#state in file ? file.#state : undefined);
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

/** The DRM device a file belongs to, or `undefined` for anything that is not a `File`. */
export function fileState(file: unknown): DrmState | undefined {
  const real = unguard(file);
  return typeof real === 'object' && real !== null ? stateOfFile(real) : undefined;
}

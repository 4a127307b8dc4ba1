// A runtime-PM helper class calls unbindGuard() for its side effect before suspending, C style.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type PmState = 'active' | 'suspending' | 'suspended';

export class RuntimePm {
  #state: PmState = 'active';

  constructor(private readonly dev: GpuDevice) {}

  get state(): PmState {
    return this.#state;
  }

  suspend(): void {
    if (this.#state !== 'active') return;
    this.#state = 'suspending';
    this.dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    this.#state = 'suspended';
  }
}

// An imported class's static open() passes the guard on; a driver method asserts it with !.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export class CrtcState {
  #commits = 0;

  constructor(private readonly dev: GpuDevice) {}

  commit(): number {
    using guard = Section.open(this.dev)!; // expect: bindsafe/no-unchecked-unbind-guard
    this.#commits += 1;
    return guard.parent.deviceId + this.#commits;
  }
}

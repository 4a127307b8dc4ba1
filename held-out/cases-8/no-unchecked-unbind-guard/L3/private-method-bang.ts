// A class's private #enter() method passes the guard on; another method asserts it with !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class EngineStats {
  constructor(private readonly dev: GpuDevice) {}

  #enter() {
    return this.dev.unbindGuard();
  }

  busyRings(): number {
    using guard = this.#enter()!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.registrationDataWith((_p, data) => Object.keys(data.counters).filter((k) => k.startsWith('ring')).length);
  }
}

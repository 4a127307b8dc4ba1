// A scanout service stashes the Bar from the parent into a slot object that the service owns.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { type BarSlot, stash } from './slot.js';

export class ScanoutService {
  readonly #slot: BarSlot = { since: 0 };

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  prepare(): void {
    using guard = this.dev.unbindGuard();
    if (!guard) return;
    stash(this.#slot, this.dev.data.regs.access(guard.parent.asRef())); // expect: bindsafe/no-leaked-unbind-guard
  }
}

// A stats panel keeps the total and the ring names computed by helpers in another module.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { ringNames, totalSubmitted } from './index.js';

export class StatsPanel {
  total = 0;
  rings: string[] = [];

  refresh(dev: drm.Device<GpuDrm>): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    guard.registrationDataWith((_p, data) => {
      this.total = totalSubmitted(data);
      this.rings = ringNames(data);
    });
  }
}

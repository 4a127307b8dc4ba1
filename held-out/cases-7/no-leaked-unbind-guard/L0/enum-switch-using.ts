// A power-state query switches on an enum inside a using block and returns numbers on every arm.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export enum PowerQuery {
  Revision,
  BarLength,
  Vram,
}

export function queryPower(dev: GpuDevice, what: PowerQuery): number {
  using guard = dev.unbindGuard();
  if (!guard) return -19;
  switch (what) {
    case PowerQuery.Revision:
      return guard.parent.revision;
    case PowerQuery.BarLength:
      return guard.parent.resourceLen(0);
    case PowerQuery.Vram:
      return guard.registrationDataWith((_p, data) => data.vramSize);
    default:
      return -22;
  }
}

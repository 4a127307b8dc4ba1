// A device enumerator is a generator that yields each GPU's ids (plain numbers) to a lazy pipeline. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface GpuIds {
  readonly vendor: number;
  readonly device: number;
}

export function* gpuIds(devs: Iterable<GpuDevice>): Generator<GpuIds> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (guard === undefined) continue;
    yield { vendor: guard.parent.vendorId, device: guard.parent.deviceId };
  }
}

export const firstWhere = <T>(it: Iterable<T>, pred: (x: T) => boolean): T | undefined => {
  for (const x of it) if (pred(x)) return x;
  return undefined;
};

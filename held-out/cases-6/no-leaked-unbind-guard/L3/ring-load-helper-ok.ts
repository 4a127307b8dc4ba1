// [class 2] A helper returns a number computed from the registration data; the number goes to a module Map.
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function ringLoad(data: GpuRegData, ring: number): number {
  const submitted = data.counters[`ring${ring}`] ?? 0;
  return data.vramSize === 0 ? 0 : submitted / data.vramSize;
}

const loads = new Map<number, number>();

export function sampleRing(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  const load = guard.registrationDataWith((_parent, data) => ringLoad(data, ring));
  loads.set(ring, load);
}

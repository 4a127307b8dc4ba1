// A generic `must` helper throws for undefined itself; the caller needs no check. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what}: device unplugged`);
  return value;
}

export function vendor(dev: GpuDevice): number {
  using guard = must(dev.unbindGuard(), dev.name);
  return guard.parent.vendorId;
}

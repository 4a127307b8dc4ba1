// A minor-number registry looks a device up in a Map and asserts the optional-call result. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const byMinor = new Map<number, GpuDevice>();

export function register(minor: number, dev: GpuDevice): void {
  byMinor.set(minor, dev);
}

export function parentNameOf(minor: number): string {
  using guard = byMinor.get(minor)?.unbindGuard();
  return guard!.parent.name; // expect: bindsafe/no-unchecked-unbind-guard
}

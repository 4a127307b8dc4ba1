// [class 8] A generic probe-status reader casts the guard to any before using it.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface StatusWord<T> {
  readonly raw: number;
  readonly decoded: T;
}

export function readStatus<T>(dev: GpuDevice, decode: (raw: number) => T): StatusWord<T> {
  using guard = dev.unbindGuard() as any; // expect: bindsafe/no-unchecked-unbind-guard
  const raw: number = guard.parent.deviceId;
  return { raw, decoded: decode(raw) };
}

// A sysfs attribute reports the VRAM BAR length as a Result, but asserts the guard away. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function vramLenAttr(dev: GpuDevice): Result<number> {
  using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
  return ok(guard.parent.resourceLen(1));
}

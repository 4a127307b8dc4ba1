// A helper with a default device parameter passes the guard on; the caller asserts it with !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let defaultDevice: GpuDevice | undefined;

export function setDefaultDevice(dev: GpuDevice): void {
  defaultDevice = dev;
}

function sectionOf(dev: GpuDevice | undefined = defaultDevice) {
  return dev?.unbindGuard();
}

export function defaultVram(): number {
  using guard = sectionOf()!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.vramSize);
}

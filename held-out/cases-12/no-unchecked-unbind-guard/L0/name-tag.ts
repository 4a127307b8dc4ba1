// A debug name tag is built with a comma expression that "enters" the device first.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function nameTag(dev: GpuDevice, prefix = 'gpu'): string {
  const tag = (dev.unbindGuard(), `${prefix}:${dev.name}`); // expect: bindsafe/no-unchecked-unbind-guard
  return tag.toUpperCase();
}

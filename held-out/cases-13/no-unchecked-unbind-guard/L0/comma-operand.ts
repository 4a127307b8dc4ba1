// A debug label is built with a comma expression whose first operand opens a section. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function debugLabel(dev: GpuDevice): string {
  return (dev.unbindGuard(), `${dev.name}:${dev.data.label}`); // expect: bindsafe/no-unchecked-unbind-guard
}

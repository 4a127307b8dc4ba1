// A link-training retry loop enters the section in the for-update as a comma operand.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function trainLink(dev: GpuDevice, lanes: readonly number[]): number {
  let trained = 0;
  for (let i = 0; i < lanes.length; dev.unbindGuard(), i++) { // expect: bindsafe/no-unchecked-unbind-guard
    if ((lanes[i] ?? 0) > 0) trained++;
  }
  return trained;
}

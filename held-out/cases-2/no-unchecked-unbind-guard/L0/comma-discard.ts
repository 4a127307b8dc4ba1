// The guard is the first operand of a comma expression: its result is thrown away. [class 4] [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let pokes = 0;

export function poke(dev: GpuDevice): number {
  return (dev.unbindGuard(), ++pokes); // expect: bindsafe/no-unchecked-unbind-guard
}

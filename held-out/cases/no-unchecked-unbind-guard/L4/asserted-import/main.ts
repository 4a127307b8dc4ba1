// The imported helper's result is asserted.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { tryEnter } from './enter.js';

export function masterAttr(dev: GpuDevice): boolean {
  using guard = tryEnter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.busMaster;
}

// The imported helper's result is checked.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { tryEnter } from './enter.js';

export function masterAttr(dev: GpuDevice): boolean {
  using guard = tryEnter(dev);
  if (!guard) return false;
  return guard.parent.busMaster;
}

// An array literal of guarded parents is assigned to a module variable.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

let pair: pci.Device<device.Bound>[] = [];

export function pairUp(a: GpuDevice, b: GpuDevice): boolean {
  using ga = a.unbindGuard();
  using gb = b.unbindGuard();
  if (!ga || !gb) return false;
  const both = [ga.parent, gb.parent];
  pair = both; // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

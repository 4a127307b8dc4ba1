// A `finally` "pokes" the device through a re-exported helper and drops what it returns.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { open } from './index.js';

export function flush(dev: GpuDevice, work: () => void): void {
  try {
    work();
  } finally {
    open(dev); // expect: bindsafe/no-unchecked-unbind-guard
  }
}

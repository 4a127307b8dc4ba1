// A debugfs poke handler calls the imported beginAccess() for its side effect and drops the guard.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { beginAccess } from './access.js';

export function poke(dev: GpuDevice, value: number): number {
  beginAccess(dev, 'poke'); // expect: bindsafe/no-unchecked-unbind-guard
  dev.data.submitted = value;
  return value;
}

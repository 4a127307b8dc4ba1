// A keep-alive ping voids the result of `open`, re-exported (renamed) through a barrel.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { open } from './lib/index.js';

export function keepAlive(dev: GpuDevice): string {
  void open(dev); // expect: bindsafe/no-unchecked-unbind-guard
  return `${dev.name}: ping`;
}

// A caller voids the result of an imported default-export helper that returns the guard.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import enter from './enter.js';

export function pokeAll(devs: readonly GpuDevice[]): number {
  let poked = 0;
  for (const dev of devs) {
    void enter(dev); // expect: bindsafe/no-unchecked-unbind-guard
    poked++;
  }
  return poked;
}

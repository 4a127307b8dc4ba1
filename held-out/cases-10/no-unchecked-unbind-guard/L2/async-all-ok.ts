// Promise.all over async callbacks, each checking its guard before a synchronous read.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function modnames(devs: readonly AuxDevice[]): Promise<string[]> {
  return Promise.all(
    devs.map(async (dev) => {
      using guard = dev.unbindGuard();
      return guard?.parent.modname ?? '-';
    }),
  );
}

// [class 5] Promise.all over async per-device probes; each closure checks its guard before any await.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function collect(devs: readonly AuxDevice[]): Promise<(string | null)[]> {
  return Promise.all(
    devs.map(async (dev, i) => {
      await pause(i);
      using guard = dev.unbindGuard();
      return guard ? guard.parent.modname : null;
    }),
  );
}

// Helper module: a module-level singleton service that tracks a current head and gives its guard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';

class HeadService {
  #current: AuxDevice | undefined;

  select(dev: AuxDevice): void {
    this.#current = dev;
  }

  guard(): drm.UnbindGuard<AuxDrm> | undefined {
    return this.#current?.unbindGuard();
  }
}

export const heads = new HeadService();

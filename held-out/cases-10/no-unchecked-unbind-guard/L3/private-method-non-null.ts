// A panel service wraps unbindGuard() in a private method and asserts its result.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class PanelService {
  readonly #dev: AuxDevice;
  constructor(dev: AuxDevice) {
    this.#dev = dev;
  }
  #enter(): drm.UnbindGuard<AuxDrm> | undefined {
    return this.#dev.unbindGuard();
  }
  get id(): number {
    using guard = this.#enter()!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.id;
  }
}

// A hot-unplug path retires the DRM node, then tries one last guarded flush on the unplugged device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class Retirer<D extends drm.AnyDriver = AuxDrm> {
  readonly #reg: drm.Registration<D>;
  constructor(reg: drm.Registration<D>) {
    this.#reg = reg;
  }

  async retire(): Promise<boolean> {
    const dev = this.#reg.device();
    await this.#reg.drop();
    using guard = dev.unbindGuard(); // expect: bindsafe/no-unregistered-device-use
    if (!guard) return false;
    return guard.parent.name.length > 0;
  }
}

// A small registrar service: registers DRM nodes under one parent and remembers how many it made.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export class Registrar {
  #count = 0;

  constructor(private readonly parent: auxiliary.Device<device.Bound>) {}

  register(udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
    this.#count += 1;
    return drm.Registration.new(this.parent, udev, { core: this.parent.asRef(), label }, 0);
  }

  get count(): number {
    return this.#count;
  }
}

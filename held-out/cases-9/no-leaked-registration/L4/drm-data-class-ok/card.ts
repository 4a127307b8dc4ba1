import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export class Card {
  #frames = 0;

  constructor(readonly registration: drm.Registration<AuxDrm>) {}

  get node(): AuxDevice {
    return this.registration.device();
  }

  set frames(value: number) {
    this.#frames = Math.max(0, value);
  }

  get frames(): number {
    return this.#frames;
  }
}

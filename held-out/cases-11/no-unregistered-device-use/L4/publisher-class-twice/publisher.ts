// A small publisher service that registers DRM devices and counts them per prefix.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export class Publisher {
  readonly #counts = new Map<string, number>();

  constructor(readonly prefix: string) {}

  get count(): number {
    return this.#counts.get(this.prefix) ?? 0;
  }

  publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
    this.#counts.set(this.prefix, this.count + 1);
    return drm.Registration.new(adev, udev, { core: adev.asRef(), label: `${this.prefix}-${label}` }, 0);
  }
}

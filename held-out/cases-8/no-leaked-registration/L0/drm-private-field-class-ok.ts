// An auxiliary GPU driver keeps its DRM registration in a private field of its data class, exposing a getter.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

class ComputeCard {
  readonly #registration: drm.Registration<AuxDrm>;
  readonly #device: AuxDevice;

  constructor(registration: drm.Registration<AuxDrm>) {
    this.#registration = registration;
    this.#device = registration.device();
  }

  get device(): AuxDevice {
    return this.#device;
  }

  get nodeName(): string {
    return this.#registration.device().name;
  }
}

export const computeDriver: auxiliary.Driver<ComputeCard> = {
  name: 'held8-compute',
  idTable: [{ modname: 'held8_gpu', name: 'compute' }],
  probe(adev: auxiliary.Device<device.Core>): ComputeCard {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    return new ComputeCard(drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'compute' }, 0));
  },
};

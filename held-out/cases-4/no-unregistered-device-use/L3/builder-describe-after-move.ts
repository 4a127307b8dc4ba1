// The device is configured through a small builder and moved; probe then passes the moved device to a describing helper.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

class DeviceBuilder {
  readonly #udev: drm.UnregisteredDevice<AuxDrm>;

  constructor(udev: drm.UnregisteredDevice<AuxDrm>) {
    this.#udev = udev;
  }

  frames(count: number): this {
    this.#udev.data.frames = count;
    return this;
  }

  build(): drm.UnregisteredDevice<AuxDrm> {
    return this.#udev;
  }
}

function describe(udev: drm.UnregisteredDevice<AuxDrm>): string {
  return `${udev.name} (${udev.data.frames} frames budgeted)`;
}

export const tvDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-tv',
  idTable: [{ modname: 'held4_vop', name: 'tv-out' }],
  probe(adev) {
    const udev = new DeviceBuilder(drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 })).frames(50).build();
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'tv' }, 0);
    adev.asRef().info(describe(udev)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

// A config flag decides whether the device is registered; after the branches join its data is still written.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface HeadConfig {
  readonly headless?: boolean;
  readonly frames?: number;
}

export function configurable(config: HeadConfig = {}): auxiliary.Driver<{ readonly reg?: drm.Registration<AuxDrm> }> {
  return {
    name: 'b9d-optional',
    idTable: [{ modname: 'b9d_gpu', name: 'optional' }],
    probe(adev) {
      const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
      let reg: drm.Registration<AuxDrm> | undefined;
      if (!config.headless) {
        reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'optional' }, 0);
      }
      udev.data = { adev: adev.toNormal(), frames: config.frames ?? 60 }; // expect: bindsafe/no-unregistered-device-use
      return { reg };
    },
  };
}

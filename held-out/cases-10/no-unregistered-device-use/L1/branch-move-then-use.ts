// [class 5] Registration is optional (a config flag); the device data is touched after the branches join.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface PanelConfig {
  readonly headless: boolean;
}

export function makePanelDriver(config: PanelConfig): auxiliary.Driver<{ readonly reg?: drm.Registration<AuxDrm> }> {
  return {
    name: 'b10d-optional',
    idTable: [{ modname: 'b10d_gpu', name: 'optional' }],
    probe(adev) {
      const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
      let reg: drm.Registration<AuxDrm> | undefined;
      if (!config.headless) {
        reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'optional' }, 0);
      }
      udev.data.frames = 30; // expect: bindsafe/no-unregistered-device-use
      return { reg };
    },
  };
}

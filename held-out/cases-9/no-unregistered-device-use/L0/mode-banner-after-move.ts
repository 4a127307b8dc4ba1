// A probe builds a boot banner from the device name in a switch over the mode, after the device was moved.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export enum BootMode {
  Normal = 'normal',
  Safe = 'safe',
}

export interface BannerData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly banner: string;
}

export function makeDriver(mode: BootMode): auxiliary.Driver<BannerData> {
  return {
    name: 'b9d-banner',
    idTable: [{ modname: 'b9d_gpu', name: 'banner' }],
    probe(adev) {
      const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
      const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: mode }, 0);
      let banner: string;
      switch (mode) {
        case BootMode.Normal:
          banner = `${udev.name} ready`; // expect: bindsafe/no-unregistered-device-use
          break;
        case BootMode.Safe:
          banner = 'safe mode';
          break;
      }
      return { reg, banner };
    },
  };
}

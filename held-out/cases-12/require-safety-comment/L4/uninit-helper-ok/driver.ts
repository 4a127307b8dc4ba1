// An auxiliary display driver names its DRM device through a helper module that justifies its assumeCtx. [class 3]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { setupName } from './setup.js';

export class Display {
  constructor(
    readonly reg: drm.Registration<AuxDrm>,
    readonly setupLabel: string,
  ) {}
}

export const displayDriver: auxiliary.Driver<Display> = {
  name: 'held-display4',
  idTable: [{ modname: 'heldcore', name: 'display4' }],
  probe(adev: auxiliary.Device<device.Core>): Display {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const label = setupName(udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
    return new Display(reg, label);
  },
};

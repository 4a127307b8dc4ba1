// The driver data's summary() method reads a name copied out of the device before it was moved. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Summarised { readonly reg: drm.Registration<AuxDrm>; summary(): string }

export const summaryOkDriver: auxiliary.Driver<Summarised> = {
  name: 'b14c-summary-ok',
  idTable: [{ modname: 'b14c', name: 'summary-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const { name } = udev;
    const initialFrames = udev.data.frames;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'summary' }, 0);
    return {
      reg,
      summary() {
        return `${name}: frames=${initialFrames}`;
      },
    };
  },
};

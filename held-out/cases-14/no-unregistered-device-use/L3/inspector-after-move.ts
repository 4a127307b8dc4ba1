// An inspector instance kept in a const typed with its interface checks the device's data after the device was moved. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Inspector<D extends drm.AnyDriver> {
  inspect(udev: drm.UnregisteredDevice<D>): number;
}

class FrameInspector implements Inspector<AuxDrm> {
  #seen = 0;
  inspect(udev: drm.UnregisteredDevice<AuxDrm>): number {
    this.#seen += 1;
    return udev.data.frames + this.#seen;
  }
}

export const inspectDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly score: number }> = {
  name: 'b14c-inspect',
  idTable: [{ modname: 'b14c', name: 'inspect' }],
  probe(adev) {
    const inspector: Inspector<AuxDrm> = new FrameInspector();
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'inspect' }, 0);
    const score = inspector.inspect(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, score };
  },
};

// Each pending head is registered from a forEach callback; the probe then reads the first head back with at(0). [class 6, class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const atDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-at',
  idTable: [{ modname: 'b14c', name: 'at' }],
  probe(adev) {
    const pending = Array.from({ length: 2 }, () => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    const regs: drm.Registration<AuxDrm>[] = [];
    pending.forEach((udev, i) => {
      regs.push(drm.Registration.new(adev, udev, { core: adev.asRef(), label: `head${i}` }, 0));
    });
    const firstFrames = pending.at(0)?.data.frames; // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(`first head starts at ${firstFrames ?? 0}`);
    return { regs };
  },
};

// Each pending head is registered from a forEach callback; afterwards the probe reads only the registered devices. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const atOkDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-at-ok',
  idTable: [{ modname: 'b14c', name: 'at-ok' }],
  probe(adev) {
    const pending = Array.from({ length: 2 }, () => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    const regs: drm.Registration<AuxDrm>[] = [];
    pending.forEach((udev, i) => {
      regs.push(drm.Registration.new(adev, udev, { core: adev.asRef(), label: `head${i}` }, 0));
    });
    const firstFrames = regs.at(0)?.device().data.frames;
    adev.asRef().info(`first head starts at ${firstFrames ?? 0}`);
    return { regs };
  },
};

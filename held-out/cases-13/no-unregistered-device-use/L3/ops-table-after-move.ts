// An auxiliary driver keeps its bring-up steps in an ops table typed by an interface and calls its tag step on the moved device. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface BringUpOps {
  tag(udev: drm.UnregisteredDevice<AuxDrm>): string;
  frames(udev: drm.UnregisteredDevice<AuxDrm>, n: number): void;
}

const ops: BringUpOps = {
  tag(udev) {
    return `${udev.name}#${udev.data.frames}`;
  },
  frames(udev, n) {
    udev.data.frames = n;
  },
};

export const opsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tag: string }> = {
  name: 'auxops-l3-table',
  idTable: [{ modname: 'auxcore', name: 'ops' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    ops.frames(udev, 30);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'ops' }, 0);
    const tag = ops.tag(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, tag };
  },
};

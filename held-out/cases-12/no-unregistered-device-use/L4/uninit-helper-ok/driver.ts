// An auxiliary accelerator reads its queue count with a helper from another module that takes the device's Uninit view, before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { stagedQueues } from './queues.js';

type AccelDrm = drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, {}, 'auxiliary'>;

const accelDrm: AccelDrm = {
  info: { name: 'npu6', desc: 'Neural accelerator', major: 0, minor: 9, patchlevel: 3 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const accelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AccelDrm> }> = {
  name: 'npu-drm-6',
  idTable: [{ modname: 'npu_core', name: 'npu-drm6' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(accelDrm, adev, { queues: 4 });
    const doorbells = stagedQueues(udev) * 8;
    const reg = drm.Registration.new(adev, udev, { doorbells }, 0);
    return { reg };
  },
};

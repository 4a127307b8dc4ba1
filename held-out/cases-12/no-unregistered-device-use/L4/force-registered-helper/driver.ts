// An auxiliary accelerator probes its default slot with a helper from another module that forces the Registered context, before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { scratchSlot } from './probe-file.js';

type AccelDrm = drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, { readonly slot: number }, 'auxiliary'>;

const accelDrm: AccelDrm = {
  info: { name: 'npu5', desc: 'Neural accelerator', major: 0, minor: 9, patchlevel: 2 },
  bus: 'auxiliary',
  openFile: () => ({ slot: 1 }),
  ioctls: {},
};

export const accelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AccelDrm>; readonly slot: number }> = {
  name: 'npu-drm-5',
  idTable: [{ modname: 'npu_core', name: 'npu-drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(accelDrm, adev, { queues: 4 });
    const slot = scratchSlot(udev); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { doorbells: 32 }, 0);
    return { reg, slot };
  },
};

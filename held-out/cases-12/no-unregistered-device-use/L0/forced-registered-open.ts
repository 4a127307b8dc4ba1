// An auxiliary accelerator probes by opening a file on its device before registering it, forcing the Registered context. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';

type AccelDrm = drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, { readonly slot: number }, 'auxiliary'>;

const accelDrm: AccelDrm = {
  info: { name: 'npu', desc: 'Neural accelerator', major: 0, minor: 9, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({ slot: 0 }),
  ioctls: {},
};

export const accelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AccelDrm> }> = {
  name: 'npu-drm',
  idTable: [{ modname: 'npu_core', name: 'npu-drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(accelDrm, adev, { queues: 8 });
    // SAFETY: the file is only opened to read the default slot and closed right away.
    const probeFile = udev.assumeCtx<drm.Registered>().openFile(); // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(`npu: default slot ${probeFile.inner().slot}`);
    const reg = drm.Registration.new(adev, udev, { doorbells: 64 }, 0);
    return { reg };
  },
};

// An auxiliary accelerator's same-file helper reads the queue count through the device's Uninit view; probe calls it before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';

type AccelDrm = drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, { readonly slot: number }, 'auxiliary'>;

const accelDrm: AccelDrm = {
  info: { name: 'npu', desc: 'Neural accelerator', major: 0, minor: 9, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({ slot: 3 }),
  ioctls: {},
};

function queuesOf(udev: drm.UnregisteredDevice<AccelDrm>): number {
  // SAFETY: an unregistered device is only ever in the `Uninit` context.
  const view = udev.assumeCtx();
  return view.data.queues;
}

export const accelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AccelDrm>; readonly queues: number }> = {
  name: 'npu-drm-4',
  idTable: [{ modname: 'npu_core', name: 'npu-drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(accelDrm, adev, { queues: 8 });
    const queues = queuesOf(udev);
    const reg = drm.Registration.new(adev, udev, { doorbells: queues * 8 }, 0);
    return { reg, queues };
  },
};

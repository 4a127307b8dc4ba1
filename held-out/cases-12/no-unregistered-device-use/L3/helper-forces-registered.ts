// An auxiliary accelerator's same-file helper forces the Registered context to open a probe file; probe calls it before registering. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';

type AccelDrm = drm.Driver<{ readonly queues: number }, { readonly doorbells: number }, { readonly slot: number }, 'auxiliary'>;

const accelDrm: AccelDrm = {
  info: { name: 'npu', desc: 'Neural accelerator', major: 0, minor: 9, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({ slot: 3 }),
  ioctls: {},
};

function defaultSlot(udev: drm.UnregisteredDevice<AccelDrm>): number {
  // SAFETY: callers only use this on devices that userspace can already see.
  const file = udev.assumeCtx<drm.Registered>().openFile();
  return file.inner().slot;
}

export const accelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AccelDrm>; readonly slot: number }> = {
  name: 'npu-drm-3',
  idTable: [{ modname: 'npu_core', name: 'npu-drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(accelDrm, adev, { queues: 8 });
    const slot = defaultSlot(udev); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { doorbells: 64 }, 0);
    return { reg, slot };
  },
};

// A probe pre-opens a file through a helper that forces the Registered context, before the device is registered. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function preopen<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>): drm.File<drm.FileDataOf<D>> {
  // SAFETY: callers only pre-open devices that userspace can already reach.
  const dev = udev.assumeCtx<drm.Registered>();
  return dev.openFile();
}

export const preopenDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly opened: number }> = {
  name: 'b14c-preopen',
  idTable: [{ modname: 'b14c', name: 'preopen' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const file = preopen(udev); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'preopen' }, 0);
    return { reg, opened: file.inner().opened };
  },
};

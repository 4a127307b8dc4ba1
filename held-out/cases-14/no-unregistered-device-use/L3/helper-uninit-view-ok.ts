// A probe checks its device with a helper that takes an Uninit view, before registering the device. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function uninitName<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>): string {
  // SAFETY: an UnregisteredDevice is always in the Uninit context.
  const view = udev.assumeCtx<drm.Uninit>();
  return view.name;
}

export const uninitOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly name: string }> = {
  name: 'b14c-uninit-helper-ok',
  idTable: [{ modname: 'b14c', name: 'uninit-helper-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const name = uninitName(udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: name }, 0);
    return { reg, name };
  },
};

// A generic helper patches the device data before the move; its result is moved inline and never touched again. [class 2]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function withData<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>, patch: Partial<drm.DataOf<D>>): drm.UnregisteredDevice<D> {
  udev.data = { ...udev.data, ...patch };
  return udev;
}

export const cursorDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly name: string }> = {
  name: 'held4-cursor',
  idTable: [{ modname: 'held4_vop', name: 'cursor' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, withData(udev, { frames: 24 }), { core: adev.parent(), label: 'cursor' }, 0);
    return { reg, name: reg.device().name };
  },
};

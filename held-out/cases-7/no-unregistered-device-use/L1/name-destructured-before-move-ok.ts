// A driver destructures the device name before the move and uses the captured string afterwards.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface CursorData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly title: string;
}

export const cursorDriver: auxiliary.Driver<CursorData> = {
  name: 'held7-cursor',
  idTable: [{ modname: 'held7_gpu', name: 'cursor' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const { name } = udev;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: name }, 0);
    const title = `${name} (minor ${reg.device().name})`;
    return { reg, title };
  },
};

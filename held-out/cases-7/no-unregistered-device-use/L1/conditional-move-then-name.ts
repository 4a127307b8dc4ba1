// A headless-capable driver registers only when a display is present, then reads the UnregisteredDevice's name after the join.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface HeadData {
  readonly reg?: drm.Registration<AuxDrm>;
}

export const headDriver: auxiliary.Driver<HeadData, { display: boolean }> = {
  name: 'held7-head',
  idTable: [{ modname: 'held7_gpu', name: 'head', info: { display: true } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = info?.display ? drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'head' }, 0) : undefined;
    adev.asRef().info(`head: ${udev.name} ${reg ? 'registered' : 'headless'}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

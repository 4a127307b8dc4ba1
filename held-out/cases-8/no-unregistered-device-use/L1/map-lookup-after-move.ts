// A probe keeps its unregistered heads in a Map, registers the main one, then looks it up again. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Head = 'main' | 'aux';

export const headsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-heads',
  idTable: [{ modname: 'b8f_gpu', name: 'heads' }],
  probe(adev) {
    const heads = new Map<Head, drm.UnregisteredDevice<AuxDrm>>();
    heads.set('main', drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    const main = heads.get('main');
    if (main === undefined) throw new Error('no main head');
    const reg = drm.Registration.new(adev, main, { core: adev.asRef(), label: 'main' }, 0);
    const frames = heads.get('main')?.data.frames ?? 0; // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(`main head at ${frames}`);
    return { reg };
  },
};

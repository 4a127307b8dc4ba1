// A multi-head driver builds one UnregisteredDevice per head and moves each exactly once in a for…of over entries().
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface MultiData {
  readonly heads: drm.Registration<AuxDrm>[];
}

export const multiDriver: auxiliary.Driver<MultiData, { heads: number }> = {
  name: 'held7-multihead',
  idTable: [{ modname: 'held7_gpu', name: 'multihead', info: { heads: 2 } }],
  probe(adev, info) {
    const udevs = Array.from({ length: info?.heads ?? 1 }, () =>
      drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
    );
    for (const u of udevs) u.data.frames = -1;
    const heads: drm.Registration<AuxDrm>[] = [];
    for (const [i, u] of udevs.entries()) {
      heads.push(drm.Registration.new(adev, u, { core: adev.asRef(), label: `head${i}` }, 0));
    }
    return { heads };
  },
};

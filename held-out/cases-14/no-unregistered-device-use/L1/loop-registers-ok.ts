// A multi-head probe names each head, registers every head once in a for…of and keeps only the registrations. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const headsOkDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[]; readonly first: string }> = {
  name: 'b14c-heads-ok',
  idTable: [{ modname: 'b14c', name: 'heads-ok' }],
  probe(adev) {
    const heads = [0, 1, 2].map((n) => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: n }));
    const first = `first head ${heads[0]!.name}`;
    const regs: drm.Registration<AuxDrm>[] = [];
    for (const head of heads) regs.push(drm.Registration.new(adev, head, { core: adev.asRef(), label: 'head' }, 0));
    adev.asRef().info(`${first}; ${regs.length} heads, first is ${regs[0]!.device().name}`);
    return { regs, first };
  },
};

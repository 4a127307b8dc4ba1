// A driver makes two devices in a do/while loop and has the Publisher service from another module register each one exactly once.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { Publisher } from './publisher.js';

interface HeadsData {
  readonly regs: readonly drm.Registration<AuxDrm>[];
}

export const headsDriver: auxiliary.Driver<HeadsData> = {
  name: 'held11-heads',
  idTable: [{ modname: 'held11_gpu', name: 'heads' }],
  probe(adev) {
    const publisher = new Publisher('aux');
    const regs: drm.Registration<AuxDrm>[] = [];
    let i = 0;
    do {
      const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 30 * (i + 1) });
      regs.push(publisher.publish(adev, udev, `head${i}`));
      i++;
    } while (i < 2);
    adev.asRef().info(`heads: ${publisher.count} registered, first ${regs[0]?.device().name ?? '-'}`);
    return { regs };
  },
};

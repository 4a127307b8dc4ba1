// A platform LED driver uses a generic helper that appends to whatever list it is given: a module-level list [class 6]
import type { devres, platform } from '@bindsafe/kernel';

function track<T>(list: T[], item: T): number {
  return list.push(item);
}

const liveWindows: platform.IoMem[] = [];

export const ledDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem>; readonly slot: number }> = {
  name: 'led-lite',
  idTable: [{ compatible: 'acme,led' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const slot = track(liveWindows, io.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { io, slot };
  },
};

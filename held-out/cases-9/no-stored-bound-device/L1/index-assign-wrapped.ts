// [class 6] A platform pin controller wraps its IoMem in a fresh object literal and stores it by index in a module slot table.
import type { platform } from '@bindsafe/kernel';

interface Slot {
  readonly io: platform.IoMem;
  readonly base: number;
}

const slots: (Slot | undefined)[] = new Array<Slot | undefined>(8);

export const driver: platform.Driver<{ readonly slot: number }, number> = {
  name: 'held9-pinctrl-slot',
  idTable: [{ compatible: 'acme,pinctrl', info: 3 }],
  probe(pdev, info = 0) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    slots[info] = { io, base: io.read32(0x00) }; // expect: bindsafe/no-stored-bound-device
    return { slot: info };
  },
};

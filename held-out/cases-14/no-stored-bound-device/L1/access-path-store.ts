// A platform pin controller stores each bank's registers through an access path into a module-level bank table. [class 6]
import type { platform } from '@bindsafe/kernel';

interface PinBank {
  name: string;
  io: platform.IoMem | null;
}

interface PinData {
  readonly bank: number;
}

const g_pin_banks: PinBank[] = [
  { name: 'A', io: null },
  { name: 'B', io: null },
];

export function pin_read(bank: number, off: number): number {
  const io = g_pin_banks[bank]?.io;
  if (io === null || io === undefined) return -19;
  return io.read32(off);
}

export const pin_driver: platform.Driver<PinData, number> = {
  name: 'pinctrl',
  idTable: [
    { compatible: 'acme,pinctrl-a', info: 0 },
    { compatible: 'acme,pinctrl-b', info: 1 },
  ],
  probe(pdev, info) {
    const bank = info ?? 0;
    const io = pdev.iomapResource(0).access(pdev.asRef());
    g_pin_banks[bank]!.io = io; // expect: bindsafe/no-stored-bound-device
    return { bank };
  },
};

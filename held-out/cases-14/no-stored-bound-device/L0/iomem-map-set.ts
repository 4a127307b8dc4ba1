// A platform GPIO bank driver indexes every bank's registers by base number in a module-level map. [class 2]
import type { platform } from '@bindsafe/kernel';

const GPIO_DATA = 0x00;

interface BankData {
  readonly base: number;
  readonly io: platform.IoMem;
}

const g_banks = new Map<number, platform.IoMem>();
let g_next_base = 0;

export function gpio_get(nr: number): number {
  const io = g_banks.get(nr & ~31);
  if (io === undefined) return -22;
  return (io.read32(GPIO_DATA) >> (nr & 31)) & 1;
}

export const gpio_driver: platform.Driver<BankData> = {
  name: 'gpio_bank',
  idTable: [{ compatible: 'acme,gpio-bank' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const base = g_next_base;
    g_next_base += 32;
    g_banks.set(base, io); // expect: bindsafe/no-stored-bound-device
    return { base, io };
  },
};

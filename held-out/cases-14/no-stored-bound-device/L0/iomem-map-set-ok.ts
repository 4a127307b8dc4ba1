// A platform GPIO bank driver indexes every bank's revocable register container by base number in a module-level map. [class 2]
import type { devres, platform } from '@bindsafe/kernel';

const GPIO_DATA = 0x00;

interface BankData {
  readonly base: number;
  readonly io: platform.IoMem;
}

const g_banks = new Map<number, devres.Devres<platform.IoMem>>();
let g_next_base = 0;

export function gpio_get(nr: number): number {
  const res = g_banks.get(nr & ~31);
  if (res === undefined) return -22;
  return res.tryAccessWith((io) => (io.read32(GPIO_DATA) >> (nr & 31)) & 1) ?? -19;
}

export const gpio_driver: platform.Driver<BankData> = {
  name: 'gpio_bank',
  idTable: [{ compatible: 'acme,gpio-bank' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const base = g_next_base;
    g_next_base += 32;
    g_banks.set(base, res);
    return { base, io: res.access(pdev.asRef()) };
  },
};

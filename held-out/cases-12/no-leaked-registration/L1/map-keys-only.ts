// A platform MFD driver keys its cells by name in a local Map and hands the driver data only the names. [class 2, class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

const CELLS = [
  { name: 'rtc', id: 0 },
  { name: 'watchdog', id: 1 },
  { name: 'gpio', id: 2 },
] as const satisfies readonly { name: string; id: number }[];

export const mfdDriver: platform.Driver<{ readonly cells: string[] }> = {
  name: 'acme-mfd',
  idTable: [{ compatible: 'acme,mfd-v2' }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    for (const { name, id } of CELLS) {
      byName.set(name, auxiliary.Registration.new(pdev.asRef(), name, id, 'acme_mfd')); // expect: bindsafe/no-leaked-registration
    }
    return { cells: [...byName.keys()] };
  },
};

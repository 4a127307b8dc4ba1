// A platform clock controller writes a spread of its defaults plus its IoMem into a module-level record by name.
import type { platform } from '@bindsafe/kernel';

interface ClockEntry {
  readonly rateHz: number;
  readonly io: platform.IoMem;
}

const clockTable: Record<string, ClockEntry> = {};
const defaults = { rateHz: 24_000_000 } as const;

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-clk-record',
  idTable: [{ compatible: 'acme,clk' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    clockTable[pdev.name] = { ...defaults, io }; // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

// A thermal zone picks a bank by ternary and writes a wrapper record into a module observers array by index.
import type { platform } from '@bindsafe/kernel';

interface Observer {
  readonly bank: platform.IoMem;
  readonly zone: string;
}

const observers: Observer[] = [];

export const driver: platform.Driver<{ readonly zone: string }, { readonly split: boolean }> = {
  name: 'held-zone',
  idTable: [{ compatible: 'vendor,zone', info: { split: true } }],
  probe(pdev, info) {
    const low = pdev.iomapResource(0).access(pdev.asRef());
    const bank = info?.split ? pdev.iomapResource(1).access(pdev.asRef()) : low;
    const zone = pdev.name;
    observers[observers.length] = { bank, zone }; // expect: bindsafe/no-stored-bound-device
    return { zone };
  },
};

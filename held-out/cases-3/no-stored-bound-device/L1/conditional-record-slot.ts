// A conditional picks one of two Bars, stored into a module record keyed by device name.
import type { devres, pci } from '@bindsafe/kernel';

const slots: Record<string, pci.Bar> = {};

interface TwoBars {
  readonly bar0: devres.Devres<pci.Bar>;
  readonly bar2: devres.Devres<pci.Bar>;
}

export const slotDriver: pci.Driver<TwoBars, { readonly useHigh?: boolean }> = {
  name: 'held-slot',
  idTable: [{ vendor: 0x15b3, device: 0x1017, info: { useHigh: true } }],
  probe(pdev, info) {
    const bar0 = pdev.iomapRegion(0, 'held-slot/0');
    const bar2 = pdev.iomapRegion(2, 'held-slot/2');
    const chosen = (info?.useHigh ?? false) ? bar2.access(pdev.asRef()) : bar0.access(pdev.asRef());
    slots[pdev.name] = chosen; // expect: bindsafe/no-stored-bound-device
    return { bar0, bar2 };
  },
};

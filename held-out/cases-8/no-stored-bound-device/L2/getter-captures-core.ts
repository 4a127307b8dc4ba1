// A PCI serial hub returns driver data with a getter that reads probe's Device<Core> it captured.
import type { pci } from '@bindsafe/kernel';

interface HubData {
  readonly bar: pci.Bar;
  readonly label: string;
}

export const driver: pci.Driver<HubData> = {
  name: 'held8-hub-getter',
  idTable: [{ vendor: 0x1a03, device: 0x2000 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'hub').access(pdev.asRef());
    return {
      bar,
      get label() { return `${pdev.name} rev ${pdev.revision}`; }, // expect: bindsafe/no-stored-bound-device
    };
  },
};

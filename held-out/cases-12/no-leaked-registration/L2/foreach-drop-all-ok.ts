// A PCI test card probes each loopback lane with a temporary child and drops every one of them. [class 1, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const LANES = new Map<string, number>([
  ['lane0', 0],
  ['lane1', 1],
]);

export const testCardDriver: pci.Driver<{ readonly lanes: number }> = {
  name: 'loopback-card',
  idTable: [{ vendor: 0x1b36, device: 0x0011 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    let passed = 0;
    LANES.forEach((id, name) => {
      const probeChild = auxiliary.Registration.new(pdev.asRef(), name, id, 'loopback_card');
      if (pdev.resourceLen(0) > id) passed++;
      void probeChild.drop();
    });
    return { lanes: passed };
  },
};

// A PCI test card probes each loopback lane with a temporary child and drops it only for the lanes that passed. [class 1, class 7]
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
    LANES.forEach((id, name) => {
      const probeChild = auxiliary.Registration.new(pdev.asRef(), name, id, 'loopback_card'); // expect: bindsafe/no-leaked-registration
      if (pdev.resourceLen(0) > id) {
        void probeChild.drop();
      }
    });
    return { lanes: LANES.size };
  },
};

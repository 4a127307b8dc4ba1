// A PCI NIC defines a local arrow that writes into its data's stats Map and hands it to forEach over queue names. [class 7]
import type { pci } from '@bindsafe/kernel';

interface NicData {
  readonly dropCounts: Map<string, number>;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'h9-nic-stats',
  idTable: [{ vendor: 0x14e4, device: 0x1657 }],
  probe() {
    return { dropCounts: new Map([['rx0', 3], ['tx0', 1]]) };
  },
  unbind(_pdev, data) {
    const reset = (queue: string): void => {
      data.dropCounts.set(queue, 0); // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    ['rx0', 'tx0'].forEach(reset);
  },
};

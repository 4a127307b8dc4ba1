// [class 7] A PCI serial card returns data with a getter that reads the captured Device<Core>.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly label: string }> = {
  name: 'held9-serial-getter',
  idTable: [{ vendor: 0x1415, device: 0x950a }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'uart').access(pdev.asRef());
    return {
      bar,
      get label() { // expect: bindsafe/no-stored-bound-device
        return `${pdev.name} rev ${pdev.revision}`;
      },
    };
  },
};

// A PCI UART records its Bar on the id-table info object it was matched with, for a later sysfs dump.
import type { pci } from '@bindsafe/kernel';

interface UartInfo {
  readonly ports: number;
  window?: pci.Bar;
}

const variants: UartInfo[] = [{ ports: 2 }, { ports: 4 }];

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly ports: number }, UartInfo> = {
  name: 'held8-uart-info',
  idTable: [
    { vendor: 0x1415, device: 0xc158, info: variants[0] },
    { vendor: 0x1415, device: 0xc15d, info: variants[1] },
  ],
  probe(pdev, info) {
    const bar = pdev.iomapRegion(0, 'uart').access(pdev.asRef());
    if (info === undefined) {
      return { bar, ports: 1 };
    }
    info.window = bar; // expect: bindsafe/no-stored-bound-device
    return { bar, ports: info.ports };
  },
};

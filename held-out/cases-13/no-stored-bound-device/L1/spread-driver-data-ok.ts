// A PCI NIC driver builds its driver data with a spread of defaults plus its mapped BAR; the data owns the Bar for the binding. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

interface NicData {
  readonly driver: string;
  readonly version: string;
  readonly regs: devres.Devres<pci.Bar>;
  readonly bar: pci.Bar;
  readonly mac: readonly number[];
}

const DEFAULTS = { driver: 'e1000e_lite', version: '3.8.7' } as const;

export const nicDriver: pci.Driver<NicData> = {
  name: 'e1000e_lite',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'e1000e');
    const bar = regs.access(pdev.asRef());
    const mac = [0, 1, 2, 3, 4, 5].map((i) => bar.read8(0x5400 + i));
    const data = { ...DEFAULTS, regs, bar, mac };
    return data;
  },
  unbind(_pdev, data) {
    data.bar.write32(0, 0x00d8);
  },
};

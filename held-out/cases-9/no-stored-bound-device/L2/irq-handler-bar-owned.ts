// A PCI network card's IRQ handler captures its Bar; the IrqRegistration is owned by the driver data.
import type { pci } from '@bindsafe/kernel';

interface NetData {
  readonly bar: pci.Bar;
  readonly irq: pci.IrqRegistration;
}

export const driver: pci.Driver<NetData> = {
  name: 'held9-net-irq',
  idTable: [{ vendor: 0x8086, device: 0x125c }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'igc').access(pdev.asRef());
    const irq = pdev.requestIrq(0, 'igc-rx', () => {
      const cause = bar.read32(0x1500);
      bar.write32(cause, 0x1500);
    });
    return { bar, irq };
  },
};

// A PCI SPI controller frees the IRQ registration its data owns by hand in unbind. [class 1]
import type { device, pci } from '@bindsafe/kernel';

interface SpiData {
  readonly irq: pci.IrqRegistration;
  readonly busNum: number;
}

export const spiDriver: pci.Driver<SpiData> = {
  name: 'h11-spi',
  idTable: [{ vendor: 0x1d0f, device: 0x0100 }],

  probe(pdev: pci.Device<device.Core>): SpiData {
    const irq = pdev.requestIrq(0, 'h11-spi', () => {});
    return { irq, busNum: 2 };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<SpiData>): void {
    pdev.asRef().info(`spi${data.busNum}: removing`);
    data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

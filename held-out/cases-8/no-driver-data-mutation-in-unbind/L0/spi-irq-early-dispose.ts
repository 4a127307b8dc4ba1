// [class 1] A platform SPI controller frees its IRQ by hand in unbind: disposing a registration the data owns.
import type { device, devres, platform } from '@bindsafe/kernel';

interface SpiController {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly irq: platform.IrqRegistration;
  readonly chipSelects: number;
}

export const spiControllerDriver: platform.Driver<SpiController> = {
  name: 'h8-spi',
  idTable: [{ compatible: 'acme,spi-ctrl' }],
  probe(pdev: platform.Device<device.Core>): SpiController {
    const mem = pdev.iomapResource(0);
    const irq = pdev.requestIrq(0, 'h8-spi', () => undefined);
    return { mem, irq, chipSelects: 4 };
  },
  unbind(pdev, data) {
    data.mem.access(pdev.asRef()).write32(0, 0x00);
    if (!data.irq.freed) {
      data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

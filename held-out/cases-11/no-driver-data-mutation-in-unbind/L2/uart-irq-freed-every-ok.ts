// A platform UART checks with every() that none of its IRQ registrations was freed early: a getter read.
import type { device, platform } from '@bindsafe/kernel';

interface UartData {
  readonly irqs: readonly platform.IrqRegistration[];
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'h11-uart',
  idTable: [{ compatible: 'acme,uart' }],

  probe(pdev: platform.Device<device.Core>): UartData {
    const rx = pdev.requestIrq(0, 'h11-uart-rx', () => {});
    const tx = pdev.requestIrq(1, 'h11-uart-tx', () => {});
    return { irqs: [rx, tx] };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<UartData>): void {
    const intact = data.irqs.every((irq) => !irq.freed);
    if (!intact) pdev.asRef().info('uart: an IRQ was freed before unbind');
  },
};

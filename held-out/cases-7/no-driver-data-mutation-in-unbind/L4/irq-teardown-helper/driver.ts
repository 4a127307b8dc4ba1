// A camera ISP's unbind passes the IRQ registration its data owns to an imported helper that disposes it.
import type { pci } from '@bindsafe/kernel';
import { release } from './teardown.js';

interface IspData {
  readonly irq: pci.IrqRegistration;
  readonly frames: number;
}

export const ispDriver: pci.Driver<IspData> = {
  name: 'held7-isp',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(pdev) {
    const irq = pdev.requestIrq(0, 'held7-isp', () => undefined);
    return { irq, frames: 0 };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`isp: ${data.frames} frames`);
    release(data.irq); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

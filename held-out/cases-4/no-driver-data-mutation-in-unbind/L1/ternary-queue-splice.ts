// unbind picks the fuller of its two queues with a ternary and empties it with `splice`. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Uart {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly rx: number[];
  readonly tx: number[];
  readonly irq: platform.IrqRegistration;
}

export const uartDriver: platform.Driver<Uart> = {
  name: 'held4-uart',
  idTable: [{ compatible: 'held4,uart16550' }],
  probe(pdev) {
    const mmio = pdev.iomapResource(0);
    const rx: number[] = [];
    const tx: number[] = [];
    const irq = pdev.requestIrq(0, 'held4-uart', () => rx.push(rx.length));
    return { mmio, rx, tx, irq };
  },
  unbind(pdev, data) {
    data.mmio.access(pdev.asRef()).write32(0, 0x04);
    const fuller = data.rx.length >= data.tx.length ? data.rx : data.tx;
    const dropped = fuller.splice(0, fuller.length); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`uart: dropped ${dropped.length} bytes`);
  },
};

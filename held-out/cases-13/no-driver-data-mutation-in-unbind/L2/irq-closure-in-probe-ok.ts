// A PCI serial card's IRQ handler, made in probe, pushes into a ring buffer the data owns; unbind only masks the interrupt [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class ByteRing {
  readonly buf: number[];
  head = 0;
  count = 0;
  constructor(readonly capacity: number) {
    this.buf = new Array<number>(capacity).fill(0);
  }
}

interface UartData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: ByteRing;
  readonly irq: pci.IrqRegistration;
}

export const ringUartOk: pci.Driver<UartData> = {
  name: 'ring-uart-ok',
  idTable: [{ vendor: 0x1415, device: 0xc15a }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ring-uart-ok');
    const rx = new ByteRing(64);
    const irq = pdev.requestIrq(0, 'ring-uart-ok/rx', () => {
      rx.buf[(rx.head + rx.count) % rx.capacity] = 0x55;
      if (rx.count < rx.capacity) rx.count++;
      else rx.head = (rx.head + 1) % rx.capacity;
    });
    return { bar, rx, irq };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, 0x1);
    pdev.asRef().info(`ring-uart: ${data.rx.count} bytes unread`);
  },
};

// A PCI serial card tears its FIFO and IRQ down in the driver data's own destructor; unbind only masks interrupts [class 1]
import type { devres, pci } from '@bindsafe/kernel';

class UartData implements Disposable {
  readonly rxFifo: number[] = [];
  readonly stats = { overruns: 0, frames: 0 };
  constructor(readonly bar: devres.Devres<pci.Bar>, readonly irq: pci.IrqRegistration) {}

  [Symbol.dispose](): void {
    this.irq[Symbol.dispose]();
    this.rxFifo.length = 0;
    this.stats.frames = 0;
  }
}

export const pciUartOk: pci.Driver<UartData> = {
  name: 'pci-uart-ok',
  idTable: [{ vendor: 0x1415, device: 0xc159 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'pci-uart-ok');
    const irq = pdev.requestIrq(0, 'pci-uart-ok/rx', () => {});
    return new UartData(bar, irq);
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, 0x1);
    pdev.asRef().info(`pci-uart: ${data.rxFifo.length} bytes unread, ${data.stats.overruns} overruns`);
  },
};

// A PCI serial card releases its IRQ through a disposing helper called from the driver data's own destructor, not from unbind [class 1]
import type { devres, pci } from '@bindsafe/kernel';

function release(resource: Disposable): void {
  resource[Symbol.dispose]();
}

class UartData implements Disposable {
  readonly backlog: number[] = [];
  constructor(readonly irq: pci.IrqRegistration, readonly bar: devres.Devres<pci.Bar>) {}
  [Symbol.dispose](): void {
    release(this.irq);
    this.backlog.splice(0);
  }
}

export const destructorUartOk: pci.Driver<UartData> = {
  name: 'destructor-uart-ok',
  idTable: [{ vendor: 0x1415, device: 0xc15c }],
  probe(pdev) {
    return new UartData(pdev.requestIrq(0, 'destructor-uart-ok', () => {}), pdev.iomapRegion(0, 'destructor-uart-ok'));
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, 0x1);
    pdev.asRef().info(`destructor-uart: irq freed yet? ${data.irq.freed}`);
  },
};

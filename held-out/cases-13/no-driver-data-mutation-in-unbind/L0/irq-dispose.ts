// A PCI serial card frees its interrupt in unbind by disposing the registration the driver data owns [class 1]
import type { devres, pci } from '@bindsafe/kernel';

interface UartData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly irq: pci.IrqRegistration;
  readonly rxFifo: number[];
}

const IER = 0x1;

export const pciUart: pci.Driver<UartData> = {
  name: 'pci-uart',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'pci-uart');
    const rxFifo: number[] = [];
    const irq = pdev.requestIrq(0, 'pci-uart/rx', () => {
      rxFifo.push(rxFifo.length);
    });
    return { irq, bar, rxFifo };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, IER);
    if (!data.irq.freed) {
      data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

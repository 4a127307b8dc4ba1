// A PCI serial card frees its IRQ early through a same-file helper that disposes whatever Disposable it is given [class 1]
import type { devres, pci } from '@bindsafe/kernel';

interface UartData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly irq: pci.IrqRegistration;
}

function release(resource: Disposable, why: string): string {
  resource[Symbol.dispose]();
  return `released (${why})`;
}

export const releaseUart: pci.Driver<UartData> = {
  name: 'release-uart',
  idTable: [{ vendor: 0x1415, device: 0xc15b }],
  probe(pdev) {
    return { irq: pdev.requestIrq(0, 'release-uart', () => {}), bar: pdev.iomapRegion(0, 'release-uart') };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, 0x1);
    const note = release(data.irq, 'unbind'); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`release-uart: irq ${note}`);
  },
};

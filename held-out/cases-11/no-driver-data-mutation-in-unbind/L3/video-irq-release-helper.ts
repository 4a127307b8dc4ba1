// A PCI video capture card hands its IRQ registration to a generic same-file helper that disposes it. [class 1]
import type { device, pci } from '@bindsafe/kernel';

interface CaptureData {
  readonly irq: pci.IrqRegistration;
}

function release<T extends Disposable>(resource: T): void {
  resource[Symbol.dispose]();
}

export const captureDriver: pci.Driver<CaptureData> = {
  name: 'h11-capture',
  idTable: [{ vendor: 0x1131, device: 0x7160 }],

  probe(pdev: pci.Device<device.Core>): CaptureData {
    return { irq: pdev.requestIrq(0, 'h11-capture', () => {}) };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<CaptureData>): void {
    pdev.asRef().info('capture: stopping');
    release(data.irq); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

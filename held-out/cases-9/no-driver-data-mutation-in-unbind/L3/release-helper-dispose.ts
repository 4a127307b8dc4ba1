// A PCI sensor disposes the IRQ registration its data owns through a same-file release helper. [class 1]
import type { pci } from '@bindsafe/kernel';

interface SensorData {
  readonly irq: pci.IrqRegistration;
}

function release(resource: Disposable): void {
  resource[Symbol.dispose]();
}

export const sensorDriver: pci.Driver<SensorData> = {
  name: 'h9-sensor-irq',
  idTable: [{ vendor: 0x8086, device: 0x9d35 }],
  probe(pdev) {
    return { irq: pdev.requestIrq(0, 'sensor', () => undefined) };
  },
  unbind(_pdev, data) {
    release(data.irq); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

// [class 1] A PCI sensor hub pulls its main IRQ out with nested destructuring and disposes it in unbind.
import type { device, pci } from '@bindsafe/kernel';

interface HubIrqs {
  readonly main: pci.IrqRegistration;
  readonly wake: pci.IrqRegistration;
}

interface SensorHubData {
  readonly irqs: HubIrqs;
  readonly sensorCount: number;
}

export const sensorHubDriver: pci.Driver<SensorHubData> = {
  name: 'h8-ish',
  idTable: [{ vendor: 0x8086, device: 0x9dfc }],
  probe(pdev: pci.Device<device.Core>): SensorHubData {
    const main = pdev.requestIrq(0, 'h8-ish/main', () => undefined);
    const wake = pdev.requestIrq(1, 'h8-ish/wake', () => undefined);
    return { irqs: { main, wake }, sensorCount: 6 };
  },
  unbind(_pdev, data) {
    const {
      irqs: { main },
    } = data;
    main[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

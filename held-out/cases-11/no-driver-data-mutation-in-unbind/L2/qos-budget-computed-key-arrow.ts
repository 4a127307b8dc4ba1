// A PCI QoS block zeroes budget entries of its data by computed key from a local arrow function. [class 7]
import type { device, pci } from '@bindsafe/kernel';

interface Budget {
  rx: number;
  tx: number;
}

interface QosData {
  readonly budget: Budget;
}

export const qosDriver: pci.Driver<QosData> = {
  name: 'h11-qos',
  idTable: [{ vendor: 0x15b3, device: 0x1017 }],

  probe(): QosData {
    return { budget: { rx: 100, tx: 100 } };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<QosData>): void {
    const zero = (key: keyof Budget): void => {
      data.budget[key] = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    (['rx', 'tx'] as const).forEach(zero);
    pdev.asRef().info('qos: budgets released');
  },
};

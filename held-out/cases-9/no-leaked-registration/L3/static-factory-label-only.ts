// A same-file class with a static `spawn` factory wraps a child; probe keeps only the wrapper's label.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class PortChild {
  private constructor(readonly registration: auxiliary.Registration) {}

  static spawn(dev: device.Device<device.Bound>, index: number): PortChild {
    return new PortChild(auxiliary.Registration.new(dev, 'serial', index, 'held9_uart'));
  }

  get label(): string {
    return `${this.registration.name}`;
  }
}

interface UartData {
  readonly consoleLabel: string;
}

export const uartDriver: pci.Driver<UartData> = {
  name: 'held9-uart',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const port = PortChild.spawn(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { consoleLabel: port.label };
  },
};

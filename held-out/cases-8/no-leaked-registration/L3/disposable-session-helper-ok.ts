// A helper opens a probe session object whose `[Symbol.dispose]` drops its child; probe declares it with `using`. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class ProbeSession implements Disposable {
  constructor(private readonly child: auxiliary.Registration) {}

  get childName(): string {
    return this.child.name;
  }

  [Symbol.dispose](): void {
    void this.child.drop();
  }
}

function openSession(parent: device.Device<device.Bound>): ProbeSession {
  return new ProbeSession(auxiliary.Registration.new(parent, 'eeprom-probe', 0, 'held8_eeprom'));
}

interface EepromData {
  readonly sizeKiB: number;
}

export const eepromDriver: pci.Driver<EepromData> = {
  name: 'held8-eeprom',
  idTable: [{ vendor: 0x1234, device: 0x0e00 }],
  probe(pdev) {
    using session = openSession(pdev.asRef());
    return { sizeKiB: session.childName.length * 4 };
  },
};

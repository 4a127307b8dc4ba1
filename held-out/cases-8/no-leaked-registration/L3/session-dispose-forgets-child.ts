// A helper opens a session object whose `[Symbol.dispose]` only logs and never drops its child. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class ProbeSession implements Disposable {
  #closed = false;

  constructor(private readonly child: auxiliary.Registration) {}

  get childName(): string {
    return this.child.name;
  }

  [Symbol.dispose](): void {
    this.#closed = true;
    console.debug(`held8-eeprom2: session closed=${this.#closed}`);
  }
}

function openSession(parent: device.Device<device.Bound>): ProbeSession {
  return new ProbeSession(auxiliary.Registration.new(parent, 'eeprom-probe', 0, 'held8_eeprom2'));
}

interface EepromData {
  readonly sizeKiB: number;
}

export const eepromDriver: pci.Driver<EepromData> = {
  name: 'held8-eeprom2',
  idTable: [{ vendor: 0x1234, device: 0x0e01 }],
  probe(pdev) {
    using session = openSession(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { sizeKiB: session.childName.length * 4 };
  },
};

// A class with a static helper method that stores its parameter in a static table. [class 7] [class 8]
import type { device, pci } from '@bindsafe/kernel';

class DebugFs {
  static readonly #entries = new Map<string, device.Device<device.Bound>>();

  static expose(name: string, dev: device.Device<device.Bound>): void {
    DebugFs.#entries.set(name, dev);
  }

  static get count(): number {
    return DebugFs.#entries.size;
  }
}

export const driver: pci.Driver<{ readonly label: string }> = {
  name: 'held2-nsbd-static-helper',
  idTable: [{ vendor: 0x1af4, device: 0x1133 }],
  probe(pdev) {
    const label = `held2-${pdev.deviceId}`;
    DebugFs.expose(label, pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { label };
  },
};

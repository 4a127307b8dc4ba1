// A probe-time loopback test wraps its child in an own `Disposable` class that drops it, declared with `using`.
import { auxiliary, type pci } from '@bindsafe/kernel';

class LoopbackProbe implements Disposable {
  readonly #child: auxiliary.Registration;

  constructor(child: auxiliary.Registration) {
    this.#child = child;
  }

  get label(): string {
    return this.#child.name;
  }

  [Symbol.dispose](): void {
    void this.#child.drop();
  }
}

interface SerdesData {
  readonly verified: boolean;
}

export const serdesDriver: pci.Driver<SerdesData> = {
  name: 'held9-serdes',
  idTable: [{ vendor: 0x1ab4, device: 0x0100 }],
  probe(pdev) {
    using test = new LoopbackProbe(auxiliary.Registration.new(pdev.asRef(), 'loopback', 0, 'held9_serdes'));
    return { verified: test.label.startsWith('loop') };
  },
};

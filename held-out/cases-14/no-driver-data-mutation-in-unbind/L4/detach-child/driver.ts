// A PCI SoC bridge passes its whole driver data to a helper of another module that drops the auxiliary child registration it owns.
import { auxiliary, type pci } from '@bindsafe/kernel';
import { detach, type ChildHolder } from './children.js';

class BridgeData implements ChildHolder {
  readonly #child: auxiliary.Registration;
  constructor(child: auxiliary.Registration, readonly label: string) {
    this.#child = child;
  }
  get child(): auxiliary.Registration {
    return this.#child;
  }
}

export const bridgeDriver: pci.Driver<BridgeData> = {
  name: 'acc-bridge',
  idTable: [{ vendor: 0x1b4b, device: 0x9230 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'acc_bridge');
    return new BridgeData(child, `bridge-${pdev.revision}`);
  },
  unbind(pdev, data) {
    pdev.asRef().info(detach(data)); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

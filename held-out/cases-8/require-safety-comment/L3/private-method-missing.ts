// A PCI power controller calls its private @unsafe #boundName() method from a getter without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

class PowerRails {
  readonly #handle: device.Device<device.Normal>;

  constructor(handle: device.Device<device.Normal>) {
    this.#handle = handle;
  }

  /**
   * @unsafe Only while the controller is bound.
   */
  #boundName(): string {
    // SAFETY: forwarded from this method's contract.
    return this.#handle.unsafeAsBound().name;
  }

  get owner(): string {
    return this.#boundName(); // expect: bindsafe/require-safety-comment
  }
}

export const driver: pci.Driver<{ readonly rails: PowerRails }> = {
  name: 'held8-power-private-missing',
  idTable: [{ vendor: 0x1022, device: 0x15e5 }],
  probe(pdev) {
    return { rails: new PowerRails(pdev.asRef().toNormal()) };
  },
  unbind(_pdev, data) {
    _pdev.asRef().info(`power: released by ${data.rails.owner}`);
  },
};

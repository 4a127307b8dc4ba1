// A PCI power controller's data class has a private #boundName() method tagged @unsafe, called with a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

class PowerRails {
  readonly #handle: device.Device<device.Normal>;
  readonly #rails: Map<string, number> = new Map([['vcore', 900], ['vio', 1800]]);

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

  report(whileBound: true): number {
    // SAFETY: `whileBound` documents that callers only report from a bus callback of this device.
    const owner = this.#boundName();
    for (const [rail, mv] of this.#rails) this.#handle.info(`power: ${owner} ${rail}=${mv}mV`);
    return whileBound ? this.#rails.size : 0;
  }
}

export const driver: pci.Driver<{ readonly rails: PowerRails }> = {
  name: 'held8-power-private',
  idTable: [{ vendor: 0x1022, device: 0x15e4 }],
  probe(pdev) {
    return { rails: new PowerRails(pdev.asRef().toNormal()) };
  },
  unbind(_pdev, data) {
    data.rails.report(true);
  },
};

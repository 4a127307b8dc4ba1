// A PCI watchdog keeps a Normal handle in a small service object and re-proves binding, with a SAFETY comment, when it pets the timer.
import type { device, devres, pci } from '@bindsafe/kernel';

class PetService {
  readonly #handle: device.Device;
  readonly #regs: devres.Devres<pci.Bar>;

  constructor(handle: device.Device, regs: devres.Devres<pci.Bar>) {
    this.#handle = handle;
    this.#regs = regs;
  }

  pet(): void {
    // SAFETY: pet() is only called from unbind, while the driver is still bound to the device.
    const bound = this.#handle.unsafeAsBound();
    this.#regs.access(bound).write32(0x5a5a, 0x08);
  }
}

export const wdtDriver: pci.Driver<PetService> = {
  name: 'h9-wdt',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev) {
    const bound: pci.Device<device.Bound> = pdev;
    return new PetService(pdev.asRef().toNormal(), bound.iomapRegion(0, 'wdt'));
  },
  unbind(_pdev, data) {
    data.pet();
  },
};

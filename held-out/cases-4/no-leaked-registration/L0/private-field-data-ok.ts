// The driver data is a class that owns its HDMI child registration through a private `#field`. [class 4]
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

class DisplayCore implements AsyncDisposable {
  readonly #regs: devres.Devres<pci.Bar>;
  readonly #hdmi: auxiliary.Registration;

  constructor(regs: devres.Devres<pci.Bar>, hdmi: auxiliary.Registration) {
    this.#regs = regs;
    this.#hdmi = hdmi;
  }

  get hdmiName(): string {
    return this.#hdmi.name;
  }

  scanout(dev: device.Device<device.Bound>): number {
    return this.#regs.access(dev).read32(0x40);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.#hdmi.drop();
  }
}

export const displayDriver: pci.Driver<DisplayCore> = {
  name: 'held4-display',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(2, 'held4-display');
    return new DisplayCore(regs, auxiliary.Registration.new(pdev.asRef(), 'hdmi', 0, 'held4_display'));
  },
};

// A PCI capture card driver logs each probe as a session record of handles and copies in a module-level history array. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Session {
  readonly dev: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
  readonly barSize: number;
  readonly at: number;
}

const sessions: Session[] = [];

class CaptureCard {
  #frames = 0;
  constructor(readonly regs: devres.Devres<pci.Bar>) {}
  get frames(): number {
    return this.#frames;
  }
}

export const captureDriver: pci.Driver<CaptureCard> = {
  name: 'cx23885_lite',
  idTable: [{ vendor: 0x14f1, device: 0x8852 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'cx23885');
    const dev = pdev.asRef();
    const bar = regs.access(dev);
    sessions.push({ dev: dev.toNormal(), regs, barSize: bar.size, at: Date.now() });
    return new CaptureCard(regs);
  },
};

// A PCI capture card driver logs each probe as a session record (device + BAR in an object literal) in a module-level history array. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Session {
  readonly dev: device.Device<device.Bound>;
  readonly bar: pci.Bar;
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
    sessions.push({ dev, bar, at: Date.now() }); // expect: bindsafe/no-stored-bound-device
    return new CaptureCard(regs);
  },
};

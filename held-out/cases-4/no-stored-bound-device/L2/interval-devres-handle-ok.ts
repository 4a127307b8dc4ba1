// A polling setInterval captures only the Devres container and a Normal handle; the data's destructor clears it. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

class PollData implements Disposable {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly timer: ReturnType<typeof setInterval>,
  ) {}

  [Symbol.dispose](): void {
    clearInterval(this.timer);
  }
}

export const pollDriver: pci.Driver<PollData> = {
  name: 'held-poll',
  idTable: [{ vendor: 0x1af4, device: 0x1052 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-poll');
    const handle = pdev.toNormal();
    const timer = setInterval(() => {
      const status = regs.tryAccessWith((bar) => bar.read32(0x04));
      if (status === undefined) handle.asRef().info('device gone, poll stopped');
      else if ((status & 0x1) !== 0) handle.asRef().info('link up');
    }, 250);
    return new PollData(regs, timer);
  },
};

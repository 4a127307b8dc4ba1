// A heartbeat setInterval writes through the Bar; unbind clears the interval, but the timer closure holding the Bar was handed past probe's scope. [class 8]
import type { devres, pci } from '@bindsafe/kernel';

interface HeartbeatData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly timer: ReturnType<typeof setInterval>;
}

export const bmcDriver: pci.Driver<HeartbeatData> = {
  name: 'held-bmc',
  idTable: [{ vendor: 0x1a03, device: 0x2402 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(1, 'held-bmc');
    const bar = regs.access(pdev.asRef());
    let beats = 0;
    const timer = setInterval(() => bar.write32(++beats, 0x80), 1000); // expect: bindsafe/no-stored-bound-device
    return { regs, timer };
  },
  unbind(_pdev, data) {
    clearInterval(data.timer);
  },
};

// A platform battery gauge makes a poller object holding its IoMem and hands poller.tick.bind(poller) to setInterval.
import type { platform } from '@bindsafe/kernel';

class GaugePoller {
  samples = 0;
  constructor(private readonly io: platform.IoMem) {}

  tick(): void {
    this.samples += this.io.read32(0x08) > 0 ? 1 : 0;
  }
}

export const driver: platform.Driver<{ readonly poller: GaugePoller; readonly timer: NodeJS.Timeout }> = {
  name: 'held8-gauge-bind',
  idTable: [{ compatible: 'acme,fuel-gauge' }],
  probe(pdev) {
    const poller = new GaugePoller(pdev.iomapResource(0).access(pdev.asRef()));
    const timer = setInterval(poller.tick.bind(poller), 1_000); // expect: bindsafe/no-stored-bound-device
    return { poller, timer };
  },
};

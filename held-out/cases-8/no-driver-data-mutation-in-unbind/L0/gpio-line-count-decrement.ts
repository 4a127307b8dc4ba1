// A platform GPIO expander decrements the requested-lines counter its data holds from unbind.
import type { device, devres, platform } from '@bindsafe/kernel';

interface LineStats {
  requested: number;
  peak: number;
}

interface GpioExpander {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly stats: LineStats;
}

export const gpioExpanderDriver: platform.Driver<GpioExpander> = {
  name: 'h8-gpio-exp',
  idTable: [{ compatible: 'acme,gpio-exp16' }],
  probe(pdev: platform.Device<device.Core>): GpioExpander {
    return { mem: pdev.iomapResource(0), stats: { requested: 1, peak: 1 } };
  },
  unbind(pdev, data) {
    data.mem.access(pdev.asRef()).write32(0, 0x04);
    if (data.stats.requested > 0) {
      data.stats.requested--; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

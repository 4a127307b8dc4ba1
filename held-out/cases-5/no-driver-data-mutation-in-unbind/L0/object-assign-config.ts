// A class driver's unbind turns the data's config off with Object.assign, writing into an object the data holds. [class 8]
import type { device, devres, platform } from '@bindsafe/kernel';

interface FanConfig {
  enabled: boolean;
  dutyPercent: number;
}

interface Fan {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly cfg: FanConfig;
}

class FanDriver implements platform.Driver<Fan> {
  readonly name = 'held5c-fan';
  readonly idTable = [{ compatible: 'held5c,pwm-fan' }];

  probe(pdev: platform.Device<device.Core>): Fan {
    return { mem: pdev.iomapResource(0), cfg: { enabled: true, dutyPercent: 40 } };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<Fan>): void {
    data.mem.access(pdev.asRef()).write32(0, 0x00);
    Object.assign(data.cfg, { enabled: false, dutyPercent: 0 }); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}

export const fanDriver = new FanDriver();

// A GPIO expander counts probed devices through a static method that keeps them in a static Set [class 6]
import type { device, devres, platform } from '@bindsafe/kernel';

abstract class Census {
  static readonly members = new Set<platform.Device<device.Bound>>();
  static count(dev: platform.Device<device.Bound>): number {
    Census.members.add(dev);
    return Census.members.size;
  }
}

export const expanderDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem>; readonly index: number }> = {
  name: 'gpio-expander',
  idTable: [{ compatible: 'acme,pcf-lite' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const index = Census.count(pdev); // expect: bindsafe/no-stored-bound-device
    return { io, index };
  },
};

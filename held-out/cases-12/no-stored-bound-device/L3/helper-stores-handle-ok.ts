// A GPIO expander's helper files devices in a module-level Set: it is given Normal handles only [class 2]
import type { devres, platform } from '@bindsafe/kernel';

const members = new Set<platform.Device>();

function enroll(dev: platform.Device): number {
  members.add(dev);
  return members.size;
}

export const expanderDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem>; readonly index: number }> = {
  name: 'gpio-expander-ok',
  idTable: [{ compatible: 'acme,pcf-lite' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const index = enroll(pdev.toNormal());
    return { io, index };
  },
};

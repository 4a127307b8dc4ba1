// [class 2] A platform RTC fills a module-level label with `||=` from the device's name: a string copy.
import type { platform } from '@bindsafe/kernel';

let label = '';
const seenCompatibles = new Set<string>();

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held9-rtc-label',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    label ||= pdev.name;
    seenCompatibles.add(pdev.compatible);
    return { io: pdev.iomapResource(0).access(pdev.asRef()) };
  },
};

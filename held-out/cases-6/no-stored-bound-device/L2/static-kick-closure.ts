// A watchdog keeps a kick closure over its IoMem in a static field of a module class.
import type { platform } from '@bindsafe/kernel';

export class Watchdog {
  static kick: (() => void) | undefined;
}

export const driver: platform.Driver<{ readonly period: number }> = {
  name: 'held-wdt-kick',
  idTable: [{ compatible: 'vendor,wdt' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    Watchdog.kick = () => io.write32(0x1, 0x08); // expect: bindsafe/no-stored-bound-device
    return { period: io.read32(0x0c) };
  },
};

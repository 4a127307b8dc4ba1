// A GPIO driver caches its IoMem in a module WeakMap keyed by the driver object itself.
import type { platform } from '@bindsafe/kernel';

const banksByDriver = new WeakMap<object, platform.IoMem>();

export const driver: platform.Driver<{ readonly lines: number }> = {
  name: 'held-gpio-wm',
  idTable: [{ compatible: 'vendor,gpio-bank' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    banksByDriver.set(driver, io); // expect: bindsafe/no-stored-bound-device
    return { lines: io.read32(0x04) };
  },
};

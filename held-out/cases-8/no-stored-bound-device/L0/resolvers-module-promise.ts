// A platform RTC resolves a module-level "first clock ready" promise with its IoMem.
import type { platform } from '@bindsafe/kernel';

export const firstClock = Promise.withResolvers<platform.IoMem>();

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-rtc-resolvers',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(1, 0x00);
    firstClock.resolve(io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

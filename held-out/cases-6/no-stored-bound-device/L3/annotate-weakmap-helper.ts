// An RTC driver annotates the driver object with its IoMem through a helper writing a module WeakMap.
import type { platform } from '@bindsafe/kernel';

const ioByOwner = new WeakMap<object, platform.IoMem>();

function annotate(owner: object, io: platform.IoMem): void {
  ioByOwner.set(owner, io);
}

export const driver: platform.Driver<{ readonly epoch: number }> = {
  name: 'held-rtc-annotate',
  idTable: [{ compatible: 'vendor,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    annotate(driver, io); // expect: bindsafe/no-stored-bound-device
    return { epoch: io.read32(0x00) };
  },
};

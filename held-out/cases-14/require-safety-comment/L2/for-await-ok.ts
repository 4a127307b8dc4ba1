// A PCI storage HBA drains a stream of completions in an async IIFE; the comment stands directly above the loop-body statement that calls. [class 5]
import type { device } from '@bindsafe/kernel';

export const drain = (hba: device.Device, completions: AsyncIterable<number>): Promise<number> =>
  (async () => {
    let total = 0;
    for await (const tag of completions) {
      total += tag;
      // SAFETY: the HBA's destructor awaits `drain` before the device is unbound.
      if (tag < 0) hba.unsafeAsBound().info(`completion error on tag ${-tag}`);
    }
    return total;
  })();

// Probe arms a timer that registers a late child from a device handle and keeps it nowhere. [class 5, 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const LATE_CHILD_DELAY_MS = 5;

export const sdhciDriver: platform.Driver<{ readonly slots: number; readonly timer: ReturnType<typeof setTimeout> }> = {
  name: 'sdhci-soc',
  idTable: [{ compatible: 'vendor,sdhci' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    const timer = setTimeout(() => {
      // SAFETY: the late-child timer is short and armed only from probe; the parent is still bound.
      const bound = handle.unsafeAsBound();
      auxiliary.Registration.new(bound, 'late', 0, 'sdhci'); // expect: bindsafe/no-leaked-registration
    }, LATE_CHILD_DELAY_MS);
    return { slots: 1, timer };
  },
};

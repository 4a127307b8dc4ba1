// A sysfs-style label helper of a sensor hub justifies a call that is not unsafe at all.
import type { device, platform } from '@bindsafe/kernel';

export const labelOps = {
  label(dev: device.Device): string {
    // SAFETY: the hub is bound while sysfs is readable. // expect: bindsafe/require-safety-comment
    return dev.toNormal().name;
  },
  compatible(pdev: platform.Device): string {
    return pdev.compatible;
  },
} as const;

// A sysfs-style label helper of a sensor hub reads only handles: nothing unsafe, no SAFETY comment.
import type { device, platform } from '@bindsafe/kernel';

export const labelOps = {
  label(dev: device.Device): string {
    // a Normal handle is all a label needs
    return dev.toNormal().name;
  },
  compatible(pdev: platform.Device): string {
    return pdev.compatible;
  },
} as const;

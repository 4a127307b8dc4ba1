// A sysfs-style name formatter justifies a call that is not unsafe at all. [class 2]
import type { device } from '@bindsafe/kernel';

export function sysfsPath(dev: device.Device, attr: string): string {
  // SAFETY: the device is bound while its attributes are read. // expect: bindsafe/require-safety-comment
  const name = dev.toNormal().name;
  return `/sys/bus/pci/devices/${name}/${attr}`;
}

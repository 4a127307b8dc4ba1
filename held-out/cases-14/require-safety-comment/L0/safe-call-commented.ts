// A PCI NIC formats its link name from a stored handle; a SAFETY comment justifies a call that is not unsafe at all.
import type { device, pci } from '@bindsafe/kernel';

export const linkName = (pdev: pci.Device, port = 0): string => {
  // SAFETY: the device is bound while the link is up. // expect: bindsafe/require-safety-comment
  const handle: device.Device = pdev.asRef().toNormal();
  return `${handle.name}p${port}`;
};

// Register access for the PTP clock: stopping it writes the control register of the mapped BAR.
import type { device, devres, pci } from '@bindsafe/kernel';

export const PTP_CTRL = 0x40;

export function stopClock(bar: devres.Devres<pci.Bar>, dev: device.Device<device.Bound>): boolean {
  if (bar.revoked) return false;
  bar.access(dev).write32(0, PTP_CTRL);
  return true;
}

import type { device, devres, pci } from '@bindsafe/kernel';

/** Opens the mapped BAR for a bound parent. */
export function barFor(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}

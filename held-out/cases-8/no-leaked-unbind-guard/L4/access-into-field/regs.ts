// Helper module: maps the register BAR through the Devres with the device it is given.
import type { device, devres, pci } from '@bindsafe/kernel';

export function mapRegisters(regs: devres.Devres<pci.Bar>, pdev: pci.Device<device.Bound>): pci.Bar {
  return regs.access(pdev.asRef());
}

// Maps the driver's BAR for the parent it is given.
import type { device, devres, pci } from '@bindsafe/kernel';

export const mapFor = (regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar => regs.access(parent.asRef());

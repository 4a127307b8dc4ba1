// Power sequencing of a PCI FPGA card: a safe wrapper that justifies its own assumption.
import type { devres, pci } from '@bindsafe/kernel';

export function powerOff(handle: pci.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: only called from the driver data's destructor, while the card is bound.
  const bar = regs.access(handle.asRef().unsafeAsBound());
  bar.write32(0, 0x50);
  bar.write32(0, 0x54);
}

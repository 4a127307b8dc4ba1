// A PCI NIC resets its MAC through the BAR; the SAFETY comment sits above the statement before the unsafe one.
import type { devres, pci } from '@bindsafe/kernel';

export enum MacReg {
  Ctrl = 0x00,
  Status = 0x08,
}

export function resetMac(pdev: pci.Device, regs: devres.Devres<pci.Bar>): number {
  // SAFETY: only called from the data's destructor, while the device is still bound. // expect: bindsafe/require-safety-comment
  const handle = pdev.asRef();
  const bound = handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  const bar = regs.access(bound);
  bar.write32(1, MacReg.Ctrl);
  return bar.read32(MacReg.Status);
}

// A PCI firmware loader waits for the mailbox and then rings the doorbell, justifying the bound view after the await. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

async function ringAfter(pdev: pci.Device, regs: devres.Devres<pci.Bar>, delayMs: number): Promise<number> {
  await pause(delayMs);
  // SAFETY: the loader is awaited by the driver data's bring-up task, cancelled in its destructor
  // before the device is unbound.
  const bar = regs.access(pdev.asRef().unsafeAsBound());
  bar.write32(1, 0x400);
  return bar.read32(0x404);
}

export async function loadFirmware(pdev: pci.Device, regs: devres.Devres<pci.Bar>, chunks: number): Promise<number[]> {
  const acks = await Promise.all(Array.from({ length: chunks }, (_, i) => ringAfter(pdev, regs, i)));
  return acks.filter((ack) => ack !== 0);
}

// Deferred bring-up helpers shared by the PCI NIC drivers: the Core work is done during the call, the timer only logs through a handle.
import type { device, pci } from '@bindsafe/kernel';

export const BRINGUP_DELAY_MS = 20;

export function nic_master_now(pdev: pci.Device<device.Core>, delay_ms: number): number {
  if (delay_ms < 0) return -22;
  pdev.setMaster();
  const h = pdev.toNormal();
  setTimeout(() => h.asRef().info(`bus master since ${delay_ms} ms`), delay_ms);
  return 0;
}

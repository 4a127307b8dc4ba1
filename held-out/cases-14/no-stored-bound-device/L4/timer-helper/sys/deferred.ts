// Deferred bring-up helpers shared by the PCI NIC drivers.
import type { device, pci } from '@bindsafe/kernel';

export const BRINGUP_DELAY_MS = 20;

export function nic_defer_master(pdev: pci.Device<device.Core>, delay_ms: number): number {
  if (delay_ms < 0) return -22;
  setTimeout(() => pdev.setMaster(), delay_ms);
  return 0;
}

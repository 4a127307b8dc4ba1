// Formatting helpers that only read what they are given.
import type { device, pci } from '@bindsafe/kernel';

export function formatPci(pdev: pci.Device<device.Bound>): string {
  return `${pdev.name} [${pdev.vendorId.toString(16)}:${pdev.deviceId.toString(16)}] rev ${pdev.revision}`;
}

export function logLine(dev: device.Device<device.Bound>, line: string): void {
  dev.info(line);
}

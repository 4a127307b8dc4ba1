// Formatting helpers: read a device's ids and return text.
import type { device, pci } from '@bindsafe/kernel';

export function describePci(pdev: pci.Device<device.Bound>, ...bars: number[]): string {
  const sizes = bars.map((bar) => `${bar}=${pdev.resourceLen(bar)}`).join(',');
  return `${pdev.vendorId.toString(16)}:${pdev.deviceId.toString(16)} [${sizes}]`;
}

// Helper module: reads a temperature from the BAR it is given and returns a number.
import type { pci } from '@bindsafe/kernel';

export const enum Sensor {
  Core = 0x30,
  Memory = 0x34,
}

export function readTemp(bar: pci.Bar, sensor: Sensor): number {
  return (bar.read32(sensor) & 0xffff) / 256;
}

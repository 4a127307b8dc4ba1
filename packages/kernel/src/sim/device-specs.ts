import type { RegionSpec } from '../device/device-node.js';
import { MmioMemory, type MmioHandler } from './mmio.js';

/**
 * An MMIO region of a simulated device; plain memory unless `hardware` models registers.
 *
 * Invariants: `size` must be a positive integer (`RangeError` otherwise).
 */
export interface RegionInput {
  readonly size: number;
  readonly hardware?: MmioHandler;
}

/**
 * A PCI device to plug into the simulator.
 *
 * Invariants: names are unique on the bus (`EEXIST` otherwise).
 */
export interface PciDeviceSpec {
  /** Defaults to the next free `0000:00:NN.0`. */
  readonly name?: string;
  readonly vendor: number;
  readonly device: number;
  readonly revision?: number;
  /** BAR 0 to 5; a hole is `undefined`. */
  readonly bars?: readonly (RegionInput | undefined)[];
  /** The number of IRQ vectors. Default 1. */
  readonly irqs?: number;
}

/**
 * A platform device to plug into the simulator (what a device-tree node describes).
 *
 * Invariants: names are unique on the bus (`EEXIST` otherwise).
 */
export interface PlatformDeviceSpec {
  readonly name: string;
  readonly compatible: string;
  readonly resources?: readonly RegionInput[];
  /** The number of IRQ lines. Default 1. */
  readonly irqs?: number;
}

export function toRegion(input: RegionInput): RegionSpec {
  if (!Number.isInteger(input.size) || input.size <= 0) throw new RangeError(`region size must be a positive integer, got ${input.size}`);
  return { size: input.size, hardware: input.hardware ?? new MmioMemory() };
}

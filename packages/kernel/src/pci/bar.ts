import type { MmioRegion } from '../bus/mmio-region.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';

let make: (region: MmioRegion) => Bar;

/**
 * A mapped PCI BAR (Rust `pci::Bar`): MMIO accessors with bounds checks, reached through the
 * `Devres<Bar>` that `iomapRegion` returns. Writes take the value first, as in the kernel.
 *
 * A `Bar` is binding-scoped: it may be kept in the driver data (or registration data), which dies
 * with the binding, but not beyond.
 *
 * Invariants: usable only while it is mapped, until the devres release of its binding (`NotBound`
 * after); every access lies inside the BAR and is aligned to its width (`EINVAL` otherwise).
 */
export class Bar {
  readonly #region: MmioRegion;

  private constructor(region: MmioRegion) {
    this.#region = region;
    markKernelObject(this);
  }

  static {
    make = (region) => new Bar(region);
  }

  /** The BAR length in bytes. */
  get size(): number {
    return this.#region.size;
  }

  read8(offset: number): number {
    return this.#region.read('read8', offset, 1);
  }

  read16(offset: number): number {
    return this.#region.read('read16', offset, 2);
  }

  read32(offset: number): number {
    return this.#region.read('read32', offset, 4);
  }

  write8(value: number, offset: number): void {
    this.#region.write('write8', value, offset, 1);
  }

  write16(value: number, offset: number): void {
    this.#region.write('write16', value, offset, 2);
  }

  write32(value: number, offset: number): void {
    this.#region.write('write32', value, offset, 4);
  }
}

/** The `Bar` object for a mapped region (the model's own factory). */
export function makeBar(region: MmioRegion): Bar {
  return make(region);
}

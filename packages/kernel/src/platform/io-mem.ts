import type { MmioRegion } from '../bus/mmio-region.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';

let make: (region: MmioRegion) => IoMem;

/**
 * A mapped platform memory resource (Rust `IoMem`), reached through the `Devres<IoMem>` that
 * `iomapResource` returns. Writes take the value first, as in the kernel.
 *
 * Invariants: binding-scoped like `pci.Bar`: usable only while it is mapped, until the devres
 * release of its binding (`NotBound` after); accesses are 32-bit, aligned and inside the resource (`EINVAL` otherwise).
 */
export class IoMem {
  readonly #region: MmioRegion;

  private constructor(region: MmioRegion) {
    this.#region = region;
    markKernelObject(this);
  }

  static {
    make = (region) => new IoMem(region);
  }

  /** The resource length in bytes. */
  get size(): number {
    return this.#region.size;
  }

  read32(offset: number): number {
    return this.#region.read('read32', offset, 4);
  }

  write32(value: number, offset: number): void {
    this.#region.write('write32', value, offset, 4);
  }
}

/** The `IoMem` object for a mapped region (the model's own factory). */
export function makeIoMem(region: MmioRegion): IoMem {
  return make(region);
}

import type { RegionSpec } from '../device/device-node.js';
import { KernelError } from '../errors/kernel-error.js';
import { NotBound } from '../errors/violations.js';
import type { MmioWidth } from '../sim/mmio.js';

/**
 * A mapped MMIO region for one binding: the checks behind `pci.Bar` and `platform.IoMem`.
 *
 * Invariants: accesses reach the hardware only while mapped (from `iomap*` in a binding until
 * the devres release of that binding); each access lies inside the region and is aligned to its
 * width.
 */
export class MmioRegion {
  readonly label: string;
  readonly #region: RegionSpec;
  #mapped = true;

  constructor(region: RegionSpec, label: string) {
    this.#region = region;
    this.label = label;
  }

  get size(): number {
    return this.#region.size;
  }

  unmap(): void {
    this.#mapped = false;
  }

  #check(op: string, offset: number, width: MmioWidth): void {
    const what = `${this.label}.${op}`;
    if (!this.#mapped) throw new NotBound(`${what} used after its device was unbound (the mapping was released)`, undefined);
    if (!Number.isInteger(offset) || offset < 0 || offset + width > this.#region.size || offset % width !== 0) {
      throw new KernelError('EINVAL', `${what}: offset ${offset} is out of range or unaligned for a ${this.#region.size}-byte region`);
    }
  }

  read(op: string, offset: number, width: MmioWidth): number {
    this.#check(op, offset, width);
    return this.#region.hardware.read(offset, width);
  }

  write(op: string, value: number, offset: number, width: MmioWidth): void {
    this.#check(op, offset, width);
    this.#region.hardware.write(offset, width, Number(BigInt.asUintN(width * 8, BigInt(Math.trunc(value)))));
  }
}

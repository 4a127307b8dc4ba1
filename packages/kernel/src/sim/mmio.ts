/** An access width in bytes. Invariants: 1, 2 or 4. */
export type MmioWidth = 1 | 2 | 4;

/**
 * Simulated hardware behind an MMIO region (a PCI BAR or a platform memory resource). The model
 * checks bounds and mapping before calling it; offsets are byte offsets into the region.
 *
 * Invariants: called only with in-range offsets aligned to `width`, and values that fit `width`.
 */
export interface MmioHandler {
  read(offset: number, width: MmioWidth): number;
  write(offset: number, width: MmioWidth, value: number): void;
}

/**
 * Plain little-endian memory: what a region reads back is what was written (zero otherwise).
 * Sparse, so large BARs cost nothing until touched. Extend it to model registers with side
 * effects.
 *
 * Invariants: every stored byte is in 0..255; reads compose bytes little-endian.
 */
export class MmioMemory implements MmioHandler {
  readonly #bytes = new Map<number, number>();

  read(offset: number, width: MmioWidth): number {
    let value = 0;
    for (let i = width - 1; i >= 0; i--) value = value * 256 + (this.#bytes.get(offset + i) ?? 0);
    return value;
  }

  write(offset: number, width: MmioWidth, value: number): void {
    let rest = value >>> 0;
    for (let i = 0; i < width; i++) {
      this.#bytes.set(offset + i, rest & 0xff);
      rest = Math.floor(rest / 256);
    }
  }
}

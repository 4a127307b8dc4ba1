// An IOMMU page-table class whose raw TLB flush is @unsafe.
import type { devres, pci } from '@bindsafe/kernel';

export interface Flushable {
  flushRaw(asid: number): void;
}

export class PageTable implements Flushable {
  readonly #entries = new Map<number, number>();

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  map(iova: number, pa: number): void {
    this.#entries.set(iova, pa);
  }

  /**
   * Invalidates the TLB for `asid` through a freshly asserted binding.
   *
   * @unsafe The caller must guarantee that the IOMMU's device is bound during the call.
   */
  flushRaw(asid: number): void {
    // SAFETY: guaranteed by the caller (this method's contract).
    this.regs.access(this.handle.asRef().unsafeAsBound()).write32(asid, 0x80);
  }
}

// Page-table helpers: a class whose static method is @unsafe (it asserts the binding) and whose static field is a plain constant.
import type { devres, platform } from '@bindsafe/kernel';

export class Mmu {
  static readonly PAGE_SHIFT = 12;

  /**
   * Flushes the TLB through a freshly asserted binding.
   *
   * @unsafe The caller must guarantee that the device behind `handle` is bound during the call.
   */
  static flushTlbRaw(handle: platform.Device, mem: devres.Devres<platform.IoMem>): number {
    // SAFETY: guaranteed by the caller (this method's contract).
    const io = mem.access(handle.asRef().unsafeAsBound());
    io.write32(0x1, 0x10);
    return io.read32(0x14);
  }
}

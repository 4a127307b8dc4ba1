// Hardware access for a platform SMBus controller, grouped in an exported namespace; one function is @unsafe.
import type { devres, platform } from '@bindsafe/kernel';

export interface HwCaps {
  readonly blockTransfers: boolean;
}

export namespace Hw {
  /**
   * Takes the bus arbitration lock through a freshly asserted binding.
   *
   * @unsafe The caller must guarantee that the controller's device is bound during the call.
   */
  export function claimBus(handle: platform.Device, mem: devres.Devres<platform.IoMem>): boolean {
    // SAFETY: guaranteed by the caller (this function's contract).
    const io = mem.access(handle.asRef().unsafeAsBound());
    io.write32(0x1, 0x10);
    return (io.read32(0x10) & 0x2) !== 0;
  }

  export function caps(raw: number): HwCaps {
    return { blockTransfers: (raw & 0x4) !== 0 };
  }
}

// A user @unsafe function is called through a const alias on the right of `??`, with no SAFETY comment. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Reads the LED level register through a freshly asserted binding.
 *
 * @unsafe The caller must guarantee that the device behind `handle` is bound during the call.
 */
function readLevelRaw(handle: pci.Device, regs: devres.Devres<pci.Bar>): number {
  // SAFETY: guaranteed by the caller (this function's contract).
  return regs.access(handle.asRef().unsafeAsBound()).read32(0x20) & 0xff;
}

const peekLevel = readLevelRaw;

export class LedData {
  cachedLevel: number | undefined;

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  brightness(): number {
    const level = this.cachedLevel ?? peekLevel(this.handle, this.regs); // expect: bindsafe/require-safety-comment
    this.cachedLevel = level;
    return level;
  }
}

export const ledDriver: pci.Driver<LedData> = {
  name: 'held-led',
  idTable: [{ vendor: 0x1b21, device: 0x0612 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-led');
    regs.access(pdev.asRef()).write32(0x80, 0x20);
    return new LedData(pdev.toNormal(), regs);
  },
};

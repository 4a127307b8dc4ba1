// A PCI framebuffer's MMIO view class has an @unsafe static method; the driver calls it without a SAFETY comment. [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';

class ScanoutRegs {
  static readonly BLANK = 0x180;

  /** @unsafe `handle` must still be bound to the driver that mapped `regs`. */
  static blank(handle: device.Device, regs: devres.Devres<pci.Bar>): void {
    // SAFETY: delegated to the caller by the tag above.
    regs.access(handle.unsafeAsBound()).write32(0, ScanoutRegs.BLANK);
  }
}

interface FbData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

export const fbDriver: pci.Driver<FbData> = {
  name: 'h9-fb',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'fb') };
  },
  unbind(_pdev, data) {
    ScanoutRegs.blank(data.handle, data.regs); // expect: bindsafe/require-safety-comment
  },
};

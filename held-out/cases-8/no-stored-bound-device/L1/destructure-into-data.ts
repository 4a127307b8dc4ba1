// A PCI capture card destructures a mapping record and returns its parts, renamed, as the driver data.
import type { pci } from '@bindsafe/kernel';

interface CaptureData {
  readonly regs: pci.Bar;
  readonly length: number;
}

export const driver: pci.Driver<CaptureData> = {
  name: 'held8-capture-destructure',
  idTable: [{ vendor: 0x1131, device: 0x7160 }],
  probe(pdev) {
    const mapped = { window: pdev.iomapRegion(0, 'capture').access(pdev.asRef()), len: pdev.resourceLen(0) };
    const { window: regs, len: length } = mapped;
    regs.write32(0, 0x00);
    return { regs, length };
  },
};

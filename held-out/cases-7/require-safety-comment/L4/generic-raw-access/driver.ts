// A platform DDR controller calls an imported generic @unsafe helper with an arrow callback; one SAFETY comment above the statement covers it.
import type { platform } from '@bindsafe/kernel';
import { withRawAccess } from './raw.js';

const enum DdrReg {
  Refresh = 0x10,
  Timing = 0x14,
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly timing: number }> = {
  name: 'held-ddr-generic',
  idTable: [{ compatible: 'vendor,ddr-ctrl' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    // SAFETY: the refresh interval is listed as writable at run time in the controller manual.
    const timing = withRawAccess(io, (raw) => {
      raw.write32(7800, DdrReg.Refresh);
      return raw.read32(DdrReg.Timing);
    });
    return { io, timing };
  },
};

// A regulator driver calls its same-file @unsafe helper from a switch case without a SAFETY comment.
import type { platform } from '@bindsafe/kernel';

/**
 * Changes the output voltage without ramping.
 *
 * @unsafe The caller must guarantee no consumer is enabled on the rail.
 */
function stepVoltage(io: platform.IoMem, microvolts: number): void {
  io.write32(Math.round(microvolts / 1250), 0x08);
}

export const driver: platform.Driver<{ readonly io: platform.IoMem }, { readonly boot: 'low' | 'high' }> = {
  name: 'held-ldo-step',
  idTable: [{ compatible: 'vendor,ldo-step', info: { boot: 'low' } }],
  probe(pdev, info) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    switch (info?.boot) {
      case 'high':
        // SAFETY: probe runs before any consumer can enable the rail.
        stepVoltage(io, 3_300_000);
        break;
      case 'low':
        stepVoltage(io, 1_800_000); // expect: bindsafe/require-safety-comment
        break;
    }
    return { io };
  },
};

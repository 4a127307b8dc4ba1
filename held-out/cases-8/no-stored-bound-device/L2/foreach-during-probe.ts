// A platform ADC uses array callbacks (forEach, reduce) that touch its IoMem only while probe runs.
import type { platform } from '@bindsafe/kernel';

const CHANNEL_OFFSETS = [0x00, 0x04, 0x08, 0x0c] as const;

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly baseline: number }> = {
  name: 'held8-adc-foreach',
  idTable: [{ compatible: 'acme,adc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    CHANNEL_OFFSETS.forEach((offset) => io.write32(0, offset));
    const baseline = CHANNEL_OFFSETS.reduce<number>((sum, offset) => sum + io.read32(offset), 0);
    return { io, baseline };
  },
};

// A platform haptics driver keeps an arrow in its driver data that captures the IoMem (Bound, not Core).
import type { platform } from '@bindsafe/kernel';

interface HapticsData {
  readonly io: platform.IoMem;
  readonly buzz: (ms: number) => void;
}

export const driver: platform.Driver<HapticsData> = {
  name: 'held8-haptics-arrow',
  idTable: [{ compatible: 'acme,haptics' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return { io, buzz: (ms) => io.write32(ms, 0x04) };
  },
};

// A platform audio DSP computes a peak summary from its level history in an immediately-invoked arrow in unbind. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface DspData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly history: number[][];
}

export const dspDriver: platform.Driver<DspData> = {
  name: 'adsp-lite',
  idTable: [{ compatible: 'acme,adsp' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), history: [[0, 0], [0, 0]] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x00);
    const peaks = ((): number[] => {
      const out: number[] = [];
      for (const levels of data.history) {
        const sorted = [...levels].sort((a, b) => b - a);
        out.push(sorted[0] ?? 0);
      }
      return out;
    })();
    pdev.asRef().info(`adsp-lite: peaks ${peaks.join(',')}`);
  },
};

// A platform audio DSP empties each per-lane buffer of its Map of arrays inside a Map.forEach callback [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface DspData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly lanes: Map<string, number[]>;
}

export const dspTruncate: platform.Driver<DspData> = {
  name: 'audio-dsp-trunc',
  idTable: [{ compatible: 'vendor,audio-dsp-v2' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), lanes: new Map([['left', [1, 2]], ['right', [3]]]) };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    data.lanes.forEach((samples, lane) => {
      pdev.asRef().info(`lane ${lane}: ${samples.length} samples discarded`);
      samples.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};

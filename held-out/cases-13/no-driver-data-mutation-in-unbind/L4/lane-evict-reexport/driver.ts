// A platform audio DSP evicts its own lane from a Map of arrays through an arrow helper re-exported under another name
import type { devres, platform } from '@bindsafe/kernel';
import { evictLane } from './api.js';

interface DspData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly lanes: Map<string, number[]>;
  readonly primary: string;
}

export const evictDsp: platform.Driver<DspData> = {
  name: 'evict-dsp',
  idTable: [{ compatible: 'vendor,evict-dsp' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), lanes: new Map([['main', [1, 2, 3]]]), primary: 'main' };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    const lost = evictLane(data.lanes, data.primary); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`evict-dsp: ${lost} samples lost`);
  },
};

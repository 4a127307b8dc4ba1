// A platform audio DSP tallies its lanes through a barrel-exported helper that mutates only the accumulator unbind made
import type { devres, platform } from '@bindsafe/kernel';
import { tally, type Tally } from './lib/index.js';

interface DspData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly lanes: Map<string, number[]>;
}

export const tallyModuleOk: platform.Driver<DspData> = {
  name: 'tally-module-ok',
  idTable: [{ compatible: 'vendor,tally-module' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), lanes: new Map([['left', [1, 2]]]) };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    const acc: Tally = { lanes: 0, samples: 0, byLane: new Map() };
    tally(data.lanes, acc);
    pdev.asRef().info(`tally-module: ${acc.samples} samples in ${acc.lanes} lanes`);
  },
};

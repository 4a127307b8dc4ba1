// A platform audio DSP tallies its lanes through a helper that mutates only the summary object unbind created
import type { devres, platform } from '@bindsafe/kernel';

type Summary = { lanes: number; samples: number; longest: string };

interface DspData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly lanes: Map<string, number[]>;
}

function tally(lanes: ReadonlyMap<string, readonly number[]>, into: Summary): Summary {
  let best = -1;
  for (const [name, samples] of lanes) {
    into.lanes++;
    into.samples += samples.length;
    if (samples.length > best) {
      best = samples.length;
      into.longest = name;
    }
  }
  return into;
}

export const tallyDspOk: platform.Driver<DspData> = {
  name: 'tally-dsp-ok',
  idTable: [{ compatible: 'vendor,tally-dsp' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), lanes: new Map([['left', [1]], ['right', [1, 2]]]) };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    const summary = tally(data.lanes, { lanes: 0, samples: 0, longest: '' });
    pdev.asRef().info(`tally-dsp: ${summary.samples} samples over ${summary.lanes} lanes, longest ${summary.longest}`);
  },
};

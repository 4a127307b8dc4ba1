// A platform audio DSP fills a Map of per-lane buffers and a stats record in probe; unbind summarises them with Object.entries
import type { devres, platform } from '@bindsafe/kernel';

interface DspData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly lanes: Map<string, number[]>;
  readonly stats: Record<'xruns' | 'periods', number>;
}

export const audioDsp: platform.Driver<DspData, readonly string[]> = {
  name: 'audio-dsp',
  idTable: [{ compatible: 'vendor,audio-dsp', info: ['left', 'right', 'lfe'] }],
  probe(pdev, info) {
    const lanes = new Map<string, number[]>();
    for (const lane of info ?? ['mono']) {
      lanes.set(lane, []);
      lanes.get(lane)?.push(0);
    }
    const stats = { xruns: 0, periods: 0 };
    stats.periods += lanes.size;
    return { regs: pdev.iomapResource(0), lanes, stats };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    const summary = Object.entries(data.stats)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    pdev.asRef().info(`audio-dsp: ${summary}, lanes ${[...data.lanes.keys()].join('/')}`);
  },
};

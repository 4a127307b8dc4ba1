// A platform audio DSP reports each lane's backlog into a Map unbind created, from a Map.forEach callback over the data [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface DspData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly lanes: Map<string, number[]>;
}

export const dspReportOk: platform.Driver<DspData> = {
  name: 'audio-dsp-report',
  idTable: [{ compatible: 'vendor,audio-dsp-v3' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), lanes: new Map([['left', [1, 2]], ['right', [3]]]) };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    const backlog = new Map<string, number>();
    const order: string[] = [];
    data.lanes.forEach((samples, lane) => {
      backlog.set(lane, samples.length);
      order.push(lane);
    });
    order.sort();
    pdev.asRef().info(`audio-dsp: ${order.map((l) => `${l}=${backlog.get(l) ?? 0}`).join(' ')}`);
  },
};

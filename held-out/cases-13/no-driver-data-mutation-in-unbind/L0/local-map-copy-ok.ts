// A platform DMA engine builds a copy of its per-channel map in unbind and prunes the copy to report only busy channels
import type { devres, platform } from '@bindsafe/kernel';

type ChannelState = { readonly busy: boolean; readonly bytes: number };

interface DmaData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly channels: Map<number, ChannelState>;
}

export const dmaReport: platform.Driver<DmaData> = {
  name: 'soc-dma-report',
  idTable: [{ compatible: 'vendor,soc-dma-v3' }],
  probe(pdev) {
    const channels = new Map<number, ChannelState>();
    for (let ch = 0; ch < 8; ch++) channels.set(ch, { busy: ch % 2 === 0, bytes: 0 });
    return { regs: pdev.iomapResource(0), channels };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const busy = new Map(data.channels);
    for (const [ch, state] of busy) {
      if (!state.busy) busy.delete(ch);
    }
    const ids = new Set(busy.keys());
    ids.add(-1);
    pdev.asRef().info(`soc-dma: busy channels ${[...ids].join(',')}`);
  },
};

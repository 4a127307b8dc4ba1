// A platform DMA engine deep-copies its nested stats with structuredClone and adjusts the copy before logging it
import type { devres, platform } from '@bindsafe/kernel';

type ChannelStats = { bytes: number; errors: number };
type DmaStats = { total: ChannelStats; perChannel: Record<string, ChannelStats> };

interface DmaData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly stats: DmaStats;
}

export const dmaCloneOk: platform.Driver<DmaData> = {
  name: 'soc-dma-clone',
  idTable: [{ compatible: 'vendor,soc-dma-v4' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), stats: { total: { bytes: 0, errors: 0 }, perChannel: { ch0: { bytes: 0, errors: 0 } } } };
  },
  unbind(pdev, data) {
    const inFlight = data.regs.access(pdev.asRef()).read32(0x40);
    const report = structuredClone(data.stats);
    report.total.bytes += inFlight;
    delete report.perChannel['ch0'];
    pdev.asRef().info(`soc-dma: ${JSON.stringify(report)}`);
  },
};

// A platform DMA engine folds the last transfer into its byte totals during unbind with a compound assignment
import type { devres, platform } from '@bindsafe/kernel';

type Totals = { bytes: number; transfers: number; errors: number };

interface DmaData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly totals: Totals;
  readonly perChannel: Map<number, Totals>;
}

const CH_BYTES = 0x40;

export const dmaEngine: platform.Driver<DmaData> = {
  name: 'soc-dma',
  idTable: [{ compatible: 'vendor,soc-dma-v2' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const perChannel = new Map<number, Totals>();
    for (let ch = 0; ch < 4; ch++) perChannel.set(ch, { bytes: 0, transfers: 0, errors: 0 });
    return { regs, totals: { bytes: 0, transfers: 0, errors: 0 }, perChannel };
  },
  unbind(pdev, data) {
    const io = data.regs.access(pdev.asRef());
    const inFlight = io.read32(CH_BYTES);
    io.write32(0, 0x00);
    data.totals.bytes += inFlight; // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`soc-dma: ${data.totals.transfers} transfers over ${data.perChannel.size} channels`);
  },
};

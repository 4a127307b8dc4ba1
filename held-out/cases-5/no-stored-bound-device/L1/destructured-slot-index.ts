// A platform DMA controller destructures a channel record and writes its IoMem into a module-level slot array by index. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Channel {
  readonly index: number;
  readonly io: platform.IoMem;
}

export const channelSlots: (platform.IoMem | undefined)[] = new Array(8).fill(undefined);

interface DmaData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly channel: number;
}

export const dmaDriver: platform.Driver<DmaData, { readonly channel: number }> = {
  name: 'held-pl330-dma',
  idTable: [{ compatible: 'arm,pl330', info: { channel: 3 } }],
  probe(pdev, info) {
    const regs = pdev.iomapResource(0);
    const channel: Channel = { index: info?.channel ?? 0, io: regs.access(pdev.asRef()) };
    const { index, io: chanIo } = channel;
    chanIo.write32(0x1, 0x20);
    channelSlots[index] = chanIo; // expect: bindsafe/no-stored-bound-device
    return { regs, channel: index };
  },
};

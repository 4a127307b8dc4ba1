// A PCI DMA controller looks a channel up in the Map its data holds and clears the channel's busy flag through the access path. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Channel {
  busy: boolean;
  descriptors: number;
}

interface DmaData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly channels: ReadonlyMap<number, Channel>;
}

const CHAN_CTRL = (ch: number): number => 0x100 + ch * 0x40;

export const dwDmaDriver: pci.Driver<DmaData> = {
  name: 'dw-dma-lite',
  idTable: [{ vendor: 0x8086, device: 0x0f06 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'dw-dma-lite');
    const channels = new Map<number, Channel>([
      [0, { busy: false, descriptors: 0 }],
      [1, { busy: false, descriptors: 0 }],
    ]);
    return { regs, channels };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    for (const id of data.channels.keys()) {
      bar.write32(0, CHAN_CTRL(id));
      data.channels.get(id)!.busy = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

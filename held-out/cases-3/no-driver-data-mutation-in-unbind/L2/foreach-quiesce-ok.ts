// unbind quiesces every channel's registers from a forEach callback, only reading the data.
import type { devres, pci } from '@bindsafe/kernel';

interface Channel {
  readonly index: number;
  readonly regs: devres.Devres<pci.Bar>;
}

export const channelsDriver: pci.Driver<{ readonly channels: readonly Channel[] }> = {
  name: 'held-channels',
  idTable: [{ vendor: 0x1b36, device: 0x010e }],
  probe(pdev) {
    return { channels: [0, 2].map((bar, index) => ({ index, regs: pdev.iomapRegion(bar, `held-channels/${bar}`) })) };
  },
  unbind(pdev, data) {
    data.channels.forEach((ch) => ch.regs.access(pdev.asRef()).write32(0, 0x10 + 4 * ch.index));
  },
};

// A DMA controller's data owns a manager that owns a channel list; a closure makes each channel. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

class ChannelList {
  readonly items: auxiliary.Registration[] = [];
  add(reg: auxiliary.Registration): void {
    this.items.push(reg);
  }
}

class ChannelManager {
  readonly list = new ChannelList();
  get count(): number {
    return this.list.items.length;
  }
}

interface DmacData {
  readonly manager: ChannelManager;
}

export const driver: platform.Driver<DmacData, { channels: number }> = {
  name: 'held6-dmac-manager',
  idTable: [{ compatible: 'vendor,sdma', info: { channels: 3 } }],
  probe(pdev, info) {
    const parent = pdev.asRef();
    const manager = new ChannelManager();
    const makeChannel = (i: number) => auxiliary.Registration.new(parent, 'sdma-chan', i, 'held6_sdma');
    for (let i = 0; i < (info?.channels ?? 1); i++) manager.list.add(makeChannel(i));
    return { manager };
  },
};

// A DMA controller keeps the manager an imported helper filled with a `reduce`. [class 4]
import type { platform } from '@bindsafe/kernel';
import { makeChannels, type ChannelManager } from './channels.js';

interface XdmaData {
  readonly channels: ChannelManager;
}

export const driver: platform.Driver<XdmaData> = {
  name: 'held6-xdma',
  idTable: [{ compatible: 'vendor,xdma' }],
  probe(pdev) {
    const channels = makeChannels(pdev.asRef(), [0, 1, 2, 3]);
    return { channels };
  },
};

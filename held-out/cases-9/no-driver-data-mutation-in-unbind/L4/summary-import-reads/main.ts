// A platform DMA engine logs its channels through an imported helper that only reads them.
import type { platform } from '@bindsafe/kernel';
import { formatChannels, type ChannelInfo } from './format.js';

interface EngineData {
  readonly channels: ChannelInfo[];
}

export const engineDriver: platform.Driver<EngineData> = {
  name: 'h9-dma-engine',
  idTable: [{ compatible: 'acme,dma-engine' }],
  probe() {
    return { channels: [{ name: 'ch0', busy: false }, { name: 'ch1', busy: true }] };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`channels: ${formatChannels(data.channels)}`);
  },
};

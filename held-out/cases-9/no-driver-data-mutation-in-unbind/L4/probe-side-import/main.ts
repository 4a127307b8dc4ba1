// A platform audio codec fills its data's channel table with an imported helper in probe; unbind only counts with another.
import type { platform } from '@bindsafe/kernel';
import { channelCount, seedChannels } from './setup.js';

interface CodecData {
  readonly channels: Map<number, string>;
}

export const codecDriver: platform.Driver<CodecData, number> = {
  name: 'h9-codec',
  idTable: [{ compatible: 'acme,codec', info: 6 }],
  probe(_pdev, info) {
    const channels = new Map<number, string>();
    seedChannels(channels, info ?? 2);
    return { channels };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`codec had ${channelCount(data.channels)} channels`);
  },
};

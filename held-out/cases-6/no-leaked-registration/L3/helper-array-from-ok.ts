// A DMA controller's same-file helper makes the channels with `Array.from` and probe keeps them.
import { auxiliary, device, type platform } from '@bindsafe/kernel';

function makeChannels(parent: device.Device<device.Bound>, n: number): auxiliary.Registration[] {
  return Array.from({ length: n }, (_, i) => auxiliary.Registration.new(parent, 'edma-chan', i, 'held6_edma'));
}

interface EdmaData {
  readonly channels: auxiliary.Registration[];
}

export const driver: platform.Driver<EdmaData, { n: number }> = {
  name: 'held6-edma',
  idTable: [{ compatible: 'vendor,edma', info: { n: 16 } }],
  probe(pdev, info) {
    const channels = makeChannels(pdev.asRef(), info?.n ?? 4);
    return { channels };
  },
};

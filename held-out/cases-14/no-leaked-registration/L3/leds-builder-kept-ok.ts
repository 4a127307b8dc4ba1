// A LED controller builds its channel children with a builder helper and keeps the whole built set in its driver data. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const CHANNELS = ['amber', 'white'] as const;

interface ChannelSet {
  readonly regs: auxiliary.Registration[];
  readonly label: string;
}

function buildChannels(parent: device.Device<device.Bound>, label: string): ChannelSet {
  const set: ChannelSet = { regs: [], label };
  CHANNELS.forEach((color, i) => set.regs.push(auxiliary.Registration.new(parent, color, i, 'leds_pci')));
  return set;
}

interface LedData {
  readonly channels: ChannelSet;
  readonly count: number;
}

export const ledDriver: pci.Driver<LedData> = {
  name: 'leds-pci',
  idTable: [{ vendor: 0x1d17, device: 0x0001 }],
  probe(pdev) {
    const channels = buildChannels(pdev.asRef(), 'leds');
    return { channels, count: channels.regs.length };
  },
};

// A LED controller builds its channel children with a builder helper and keeps only the builder's count. [class 4]
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
  readonly label: string;
  readonly channels: number;
}

export const ledDriver: pci.Driver<LedData> = {
  name: 'leds-pci',
  idTable: [{ vendor: 0x1d17, device: 0x0001 }],
  probe(pdev) {
    const built = buildChannels(pdev.asRef(), 'leds'); // expect: bindsafe/no-leaked-registration
    return { label: built.label, channels: built.regs.length };
  },
};

// A PCI DMA mux spreads its channel objects into a new array in unbind; the copy shares the channels, and unbind disarms each. [class 4]
import type { pci } from '@bindsafe/kernel';

interface Channel { readonly id: number; armed: boolean }

class MuxData {
  readonly channels: readonly Channel[];
  constructor(count: number) {
    this.channels = Array.from({ length: count }, (_, id) => ({ id, armed: true }));
  }
  get armedCount(): number {
    return this.channels.filter((c) => c.armed).length;
  }
}

export const muxDriver: pci.Driver<MuxData> = {
  name: 'acc-dmamux',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe: () => new MuxData(4),
  unbind(pdev, data) {
    const [first, ...others] = [...data.channels];
    pdev.asRef().info(`acc-dmamux: ${data.armedCount} armed, first ${first?.id ?? -1}`);
    for (const channel of others) {
      channel.armed = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

// A PCI audio DMA driver destructures the period ring out of its data and splices it empty during unbind. [class 6]
import type { pci } from '@bindsafe/kernel';

interface PcmData {
  readonly ring: number[];
  readonly rate: number;
}

export const pcmDriver: pci.Driver<PcmData> = {
  name: 'h9-pcm',
  idTable: [{ vendor: 0x8086, device: 0x51c8 }],
  probe() {
    return { ring: [0, 0, 0, 0], rate: 48000 };
  },
  unbind(pdev, data) {
    const { ring: periods, rate } = data;
    const dropped = periods.splice(0, periods.length); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`dropped ${dropped.length} periods at ${rate} Hz`);
  },
};

// A DMA controller creates its channel-mux child as a bare expression statement: nothing keeps it.
import { auxiliary, type platform } from '@bindsafe/kernel';

interface DmacData {
  readonly channels: number;
}

export const driver: platform.Driver<DmacData, { channels: number }> = {
  name: 'held6-dmac-mux',
  idTable: [{ compatible: 'vendor,pl330-dmac', info: { channels: 8 } }],
  probe(pdev, info) {
    auxiliary.Registration.new(pdev.asRef(), 'dmamux', 0, 'held6_dmac'); // expect: bindsafe/no-leaked-registration
    return { channels: info?.channels ?? 4 };
  },
};

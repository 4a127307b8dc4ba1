// A PCI audio driver writes its BAR into the id-table info object shared by all bindings.
import type { device, pci } from '@bindsafe/kernel';
export interface AudioInfo { codec: string; mmio?: pci.Bar }
export const driver: pci.Driver<{ readonly bar: pci.Bar }, AudioInfo> = {
  name: 'h10-audio-info',
  idTable: [{ vendor: 0x1af4, device: 0x1055 }],
  probe(pdev, info) {
    const bar = pdev.iomapRegion(0, 'h10-audio-info').access(pdev.asRef());
    if (info !== undefined) {
      info.mmio = bar; // expect: bindsafe/no-stored-bound-device
    }
    return { bar };
  },
};

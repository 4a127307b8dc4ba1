// `return c ? { reg } : {}`: the empty branch keeps the freshly made child nowhere. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface VgaData {
  readonly console?: auxiliary.Registration;
}

export const vgaDriver: pci.Driver<VgaData, { fbcon: boolean }> = {
  name: 'vga-lite',
  idTable: [{ vendor: 0x1234, device: 0x1111, info: { fbcon: true } }],
  probe(pdev, info) {
    const console = auxiliary.Registration.new(pdev.asRef(), 'fbcon', 0, 'vga'); // expect: bindsafe/no-leaked-registration
    return info?.fbcon ? { console } : {};
  },
};

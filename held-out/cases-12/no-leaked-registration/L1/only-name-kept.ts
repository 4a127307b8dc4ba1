// A PCI sound card spawns its MIDI port child and copies only the child's name into the driver data. [class 2]
import { auxiliary, type pci } from '@bindsafe/kernel';

type Card = Readonly<{ ports: readonly string[]; vendor: number }>;

export const soundCardDriver: pci.Driver<Card> = {
  name: 'emu10k-lite',
  idTable: [{ vendor: 0x1102, device: 0x0002 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const midi = auxiliary.Registration.new(pdev.asRef(), 'midi', 0, 'emu10k_lite'); // expect: bindsafe/no-leaked-registration
    const alias = midi;
    const { name: portName } = alias;
    return { ports: [portName], vendor: pdev.vendorId };
  },
};

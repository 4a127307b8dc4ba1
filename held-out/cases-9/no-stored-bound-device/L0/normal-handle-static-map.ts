// A PCI sound driver keeps Device<Normal> handles in a static Map of a directory class: handles are storable.
import type { pci } from '@bindsafe/kernel';

class CardDirectory {
  static readonly cards = new Map<string, pci.Device>();
}

export const driver: pci.Driver<{ readonly index: number }> = {
  name: 'held9-snd-directory',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    CardDirectory.cards.set(pdev.name, pdev.toNormal());
    return { index: CardDirectory.cards.size - 1 };
  },
};

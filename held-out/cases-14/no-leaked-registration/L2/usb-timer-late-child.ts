// A USB host controller defers its companion child to a timer, which creates it and keeps it nowhere. [class 5]
import { auxiliary, type pci } from '@bindsafe/kernel';

const COMPANION = { name: 'ohci', id: 0, delayMs: 5 } as const;

interface HcdData {
  readonly port: number;
}

export const hcdDriver: pci.Driver<HcdData> = {
  name: 'xhci-lite',
  idTable: [{ vendor: 0x1033, device: 0x0194 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    setTimeout(() => {
      // SAFETY: the timer fires during probe's binding; the companion is attached before unbind can run.
      const parent = handle.asRef().unsafeAsBound();
      auxiliary.Registration.new(parent, COMPANION.name, COMPANION.id, 'xhci_lite'); // expect: bindsafe/no-leaked-registration
    }, COMPANION.delayMs);
    return { port: 0 };
  },
};

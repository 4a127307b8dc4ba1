// A USB host controller checks its companion from a timer: the child is created, its name logged, and dropped in the same callback. [class 5]
import { auxiliary, type pci } from '@bindsafe/kernel';

const COMPANION = { name: 'ohci-check', id: 1, delayMs: 5 } as const;

interface HcdData {
  readonly port: number;
  readonly seen: string[];
}

export const hcdDriver: pci.Driver<HcdData> = {
  name: 'xhci-lite',
  idTable: [{ vendor: 0x1033, device: 0x0194 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const seen: string[] = [];
    setTimeout(() => {
      // SAFETY: the timer fires during probe's binding; the check child is gone before the callback returns.
      const parent = handle.asRef().unsafeAsBound();
      const check = auxiliary.Registration.new(parent, COMPANION.name, COMPANION.id, 'xhci_lite');
      seen.push(check.name);
      void check.drop();
    }, COMPANION.delayMs);
    return { port: 0, seen };
  },
};

// A PCI dual-port card stores either port handle (both Device<Normal>) in a module let chosen by ternary.
import type { device, pci } from '@bindsafe/kernel';
let primary: pci.Device | undefined;
export const primaryName = (): string => primary?.name ?? '-';
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-dual-norm',
  idTable: [{ vendor: 0x1af4, device: 0x1056 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-dual-norm').access(pdev.asRef());
    const h = pdev.toNormal();
    primary = primary === undefined ? h : primary;
    return { bar };
  },
};

// A multi-function PCI card keeps a module Map of BARs keyed by an enum function id.
import type { device, pci } from '@bindsafe/kernel';
export enum Fn { Uart = 1, Gpio = 2 }
const byFn = new Map<Fn, pci.Bar>();
export const lookup = (f: Fn): pci.Bar | undefined => byFn.get(f);
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-mfd-enum',
  idTable: [{ vendor: 0x1af4, device: 0x1047 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-mfd-enum').access(pdev.asRef());
    byFn.set(Fn.Uart, bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};

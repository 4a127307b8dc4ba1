// A CXL card calls an imported helper that fills a `DisposableStack` in a `do/while` and hands it to `devres.register`.
import type { pci } from '@bindsafe/kernel';
import { bindChildren } from './lifetime.js';

interface CxlData {
  readonly ports: number;
}

export const cxlDriver: pci.Driver<CxlData> = {
  name: 'held9-cxl',
  idTable: [{ vendor: 0x8086, device: 0x0d93 }],
  probe(pdev) {
    return { ports: bindChildren(pdev.asRef(), ['mem0', 'mem1']) };
  },
};

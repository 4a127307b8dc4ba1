// A display engine keeps only the node name from an imported builder, not the registration.
import type { pci } from '@bindsafe/kernel';
import { buildNode } from './node.js';

interface DisplayData {
  readonly node: string;
}

export const driver: pci.Driver<DisplayData> = {
  name: 'held6-dpu',
  idTable: [{ vendor: 0x5143, device: 0x0a02 }],
  probe(pdev) {
    const built = buildNode(pdev, 'held6-dpu'); // expect: bindsafe/no-leaked-registration
    return { node: built.name };
  },
};

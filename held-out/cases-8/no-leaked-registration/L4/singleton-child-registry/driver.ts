// An accelerator driver asks a module-level singleton from another module to spawn its queue child.
import type { pci } from '@bindsafe/kernel';
import { ChildRegistry } from './lib/registry.js';

interface AccelData {
  readonly engines: number;
}

export const accelDriver: pci.Driver<AccelData> = {
  name: 'held8-accel',
  idTable: [{ vendor: 0x1e52, device: 0x0100 }],
  probe(pdev) {
    ChildRegistry.instance.spawn(pdev.asRef(), 'queue'); // expect: bindsafe/no-leaked-registration
    return { engines: ChildRegistry.instance.size };
  },
};

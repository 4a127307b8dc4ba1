// [class 6] A PCI test-fixture driver stores its Device<Core> through `fleet.at(-1)!` into the last entry of a module array.
import type { device, pci } from '@bindsafe/kernel';

interface Rack {
  label: string;
  core?: pci.Device<device.Core>;
}

const fleet: Rack[] = [{ label: 'rack-a' }];

export const driver: pci.Driver<{ readonly rack: string }> = {
  name: 'held9-fixture-at',
  idTable: [{ vendor: 0x1af4, device: 0x1110 }],
  probe(pdev) {
    if (fleet.length === 0) fleet.push({ label: 'rack-default' });
    fleet.at(-1)!.core = pdev; // expect: bindsafe/no-stored-bound-device
    return { rack: fleet.at(-1)!.label };
  },
};

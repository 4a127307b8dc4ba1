// A same-file helper keeps the device for a "last probed" debugfs entry.
import type { device, pci } from '@bindsafe/kernel';

let lastProbed: device.Device<device.Bound> | undefined;

function noteProbed(dev: device.Device<device.Bound>): void {
  lastProbed = dev;
}

export const driver: pci.Driver<{ readonly id: number }> = {
  name: 'held-l3-store',
  idTable: [{ vendor: 0x1b36, device: 0x0040 }],
  probe(pdev) {
    noteProbed(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { id: pdev.deviceId };
  },
};

export function lastName(): string | undefined {
  return lastProbed?.name;
}

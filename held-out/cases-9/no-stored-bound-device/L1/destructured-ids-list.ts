// [class 2] A PCI inventory driver destructures vendor and device ids from the Device<Core> and pushes the numbers into a module list.
import type { pci } from '@bindsafe/kernel';

export const inventory: { vendorId: number; deviceId: number; revision: number }[] = [];

export const driver: pci.Driver<{ readonly slot: number }> = {
  name: 'held9-inventory-ids',
  idTable: [{ vendor: 0x14e4, device: 0x1657 }],
  probe(pdev) {
    const { vendorId, deviceId, revision } = pdev;
    inventory.push({ vendorId, deviceId, revision });
    return { slot: inventory.length - 1 };
  },
};

// A PCI accelerator has a helper push its compute children into an array the caller passes and then keeps in the driver data. [class 4, class 6]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function spawnComputeUnits(parent: device.Device<device.Bound>, into: auxiliary.Registration[], slots: number): number {
  for (let slot = 0; slot < slots; slot++) {
    into.push(auxiliary.Registration.new(parent, `cu${slot}`, slot, 'npu_lite'));
  }
  return into.length;
}

interface Npu {
  readonly slots: number;
  readonly units: auxiliary.Registration[];
}

export const npuDriver: pci.Driver<Npu> = {
  name: 'npu-lite',
  idTable: [{ vendor: 0x1e60, device: 0x0001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const units: auxiliary.Registration[] = [];
    const slots = spawnComputeUnits(pdev.asRef(), units, 2);
    return { slots, units };
  },
};

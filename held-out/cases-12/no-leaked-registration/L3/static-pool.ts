// A PCI accelerator hands its compute children to a static factory that files them in a static Set of its class. [class 6]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class ComputePool {
  static readonly live = new Set<auxiliary.Registration>();

  static spawn(parent: device.Device<device.Bound>, slots: number): number {
    for (let slot = 0; slot < slots; slot++) {
      ComputePool.live.add(auxiliary.Registration.new(parent, `cu${slot}`, slot, 'npu_lite'));
    }
    return slots;
  }
}

export const npuDriver: pci.Driver<{ readonly slots: number }> = {
  name: 'npu-lite',
  idTable: [{ vendor: 0x1e60, device: 0x0001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const slots = ComputePool.spawn(pdev.asRef(), 2); // expect: bindsafe/no-leaked-registration
    return { slots };
  },
};

// A PCI crypto engine declares its driver data with a Device<Core> field and keeps probe's device there.
import type { device, pci } from '@bindsafe/kernel';

interface EngineData {
  readonly owner: pci.Device<device.Core>;
  readonly queues: number;
}

export const driver: pci.Driver<EngineData> = {
  name: 'held-crypto-core-field',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const queues = pdev.revision >= 2 ? 4 : 2;
    return { owner: pdev, queues }; // expect: bindsafe/no-stored-bound-device
  },
};

// A PCI storage driver records every probed device at the front of an array held by its id-table info.
import type { device, pci } from '@bindsafe/kernel';

interface ControllerInfo {
  readonly family: string;
  readonly instances: pci.Device<device.Core>[];
}

const nvmeInfo: ControllerInfo = { family: 'nvme', instances: [] };

export const driver: pci.Driver<{ readonly family: string }, ControllerInfo> = {
  name: 'held9-nvme-info',
  idTable: [{ vendor: 0x144d, device: 0xa808, info: nvmeInfo }],
  probe(pdev, info) {
    if (info === undefined) throw new Error('held9-nvme-info: no family');
    info.instances.unshift(pdev); // expect: bindsafe/no-stored-bound-device
    return { family: info.family };
  },
};

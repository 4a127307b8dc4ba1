// A PCI storage HBA removes a tunable from its data's record through a namespace-imported helper.
import type { device, pci } from '@bindsafe/kernel';
import * as tunables from './config.js';

interface HbaData {
  readonly tunables: Record<string, number>;
}

export const hbaDriver: pci.Driver<HbaData> = {
  name: 'h8-hba',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(_pdev: pci.Device<device.Core>): HbaData {
    return { tunables: { queue_depth: 128, irq_coalesce: 8 } };
  },
  unbind(pdev, data) {
    const depth = tunables.readTunable(data.tunables, 'queue_depth');
    pdev.asRef().info(`h8-hba: queue depth was ${depth}`);
    tunables.dropTunable(data.tunables, 'irq_coalesce'); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

// A platform display controller quiesces its hardware through the IoMem its data maps, with a helper in another module.
import type { device, devres, platform } from '@bindsafe/kernel';
import { quiesce } from './hw/quiesce.js';

interface DispcData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly planes: number;
}

export const dispcDriver: platform.Driver<DispcData> = {
  name: 'h8-dispc',
  idTable: [{ compatible: 'acme,dispc' }],
  probe(pdev: platform.Device<device.Core>): DispcData {
    return { mem: pdev.iomapResource(0), planes: 3 };
  },
  unbind(pdev, data) {
    data.mem.tryAccessWith((io) => quiesce(io));
    pdev.asRef().info(`h8-dispc: ${data.planes} planes off`);
  },
};

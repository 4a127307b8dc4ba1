// A builder helper assembles the driver data from bound values. [class 4]
import type { device, devres, platform } from '@bindsafe/kernel';

interface Data {
  readonly dev: device.Device<device.Bound>;
  readonly mem: platform.IoMem;
  readonly res: devres.Devres<platform.IoMem>;
  readonly stats: { resets: number };
}

function buildData(dev: device.Device<device.Bound>, res: devres.Devres<platform.IoMem>): Data {
  return { dev, mem: res.access(dev), res, stats: { resets: 0 } };
}

export const driver: platform.Driver<Data> = {
  name: 'held-l3-builder',
  idTable: [{ compatible: 'held,builder' }],
  probe(pdev) {
    return buildData(pdev.asRef(), pdev.iomapResource(0));
  },
};

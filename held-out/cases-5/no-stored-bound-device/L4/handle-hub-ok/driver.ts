// A platform I2C controller attaches its toNormal() handle and Devres container to a module-level hub in another module.
import type { devres, platform } from '@bindsafe/kernel';
import { hub } from './hub.js';

interface I2cData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly name: string;
}

export const i2cDriver: platform.Driver<I2cData> = {
  name: 'held-i2c',
  idTable: [{ compatible: 'snps,designware-i2c' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(0x1, 0x6c);
    hub.attach(pdev.toNormal(), mem);
    return { mem, name: pdev.name };
  },
  unbind(_pdev, data) {
    hub.detach(data.name);
  },
};

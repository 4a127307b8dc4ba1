// A platform I2C adapter driver links each bus segment's registers onto a list its driver data owns, through a list_add helper. [class 4]
import type { platform } from '@bindsafe/kernel';

interface I2cData {
  readonly segs: platform.IoMem[];
}

function list_add_tail<T>(head: T[], node: T): void {
  head.push(node);
}

export const i2c_driver: platform.Driver<I2cData> = {
  name: 'i2c_acme',
  idTable: [{ compatible: 'acme,i2c' }],
  probe(pdev) {
    const segs: platform.IoMem[] = [];
    for (let i = 0; i < 2; i++) list_add_tail(segs, pdev.iomapResource(i).access(pdev.asRef()));
    return { segs };
  },
};

// A platform I2C adapter driver links each adapter's registers onto a global list through a list_add helper. [class 6]
import type { platform } from '@bindsafe/kernel';

interface I2cData {
  readonly io: platform.IoMem;
}

const g_adapters: platform.IoMem[] = [];

function list_add_tail<T>(head: T[], node: T): void {
  head.push(node);
}

export function i2c_nr_adapters(): number {
  return g_adapters.length;
}

export const i2c_driver: platform.Driver<I2cData> = {
  name: 'i2c_acme',
  idTable: [{ compatible: 'acme,i2c' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    list_add_tail(g_adapters, io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

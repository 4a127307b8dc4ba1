// A platform I2C adapter deletes a per-address speed override from the record its data holds.
import type { device, platform } from '@bindsafe/kernel';

interface I2cAdapter {
  readonly busNumber: number;
  readonly overrides: Record<string, number>;
}

const DEFAULT_ADDR = '0x50';

export const i2cAdapterDriver: platform.Driver<I2cAdapter> = {
  name: 'h8-i2c-adapter',
  idTable: [{ compatible: 'acme,i2c-v2' }],
  probe(_pdev: platform.Device<device.Core>): I2cAdapter {
    return { busNumber: 3, overrides: { [DEFAULT_ADDR]: 400_000 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`i2c-${data.busNumber}: removing adapter`);
    delete data.overrides[DEFAULT_ADDR]; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

// A platform I2C controller destructures its data with a default and quiesces the controller through its Devres.
import type { device, devres, platform } from '@bindsafe/kernel';

const I2C_CTRL = 0x00;

interface I2cData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly drainMs?: number;
}

export const i2cDriver: platform.Driver<I2cData> = {
  name: 'h11-i2c',
  idTable: [{ compatible: 'acme,i2c' }],

  probe(pdev: platform.Device<device.Core>): I2cData {
    return { regs: pdev.iomapResource(0) };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<I2cData>): void {
    const { regs, drainMs = 5 } = data;
    const io = regs.access(pdev.asRef());
    io.write32(0, I2C_CTRL);
    pdev.asRef().info(`i2c: stopped, drain ${drainMs} ms`);
  },
};

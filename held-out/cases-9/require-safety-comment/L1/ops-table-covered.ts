// A platform I2C bus keeps its @unsafe helper in an ops table and calls it through the table with a SAFETY comment. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe The device must still be bound to this driver. */
function quiesce(handle: device.Device, mem: devres.Devres<platform.IoMem>): void {
  // SAFETY: forwarded to quiesce()'s caller, see the tag above.
  mem.access(handle.unsafeAsBound()).write32(0, 0x00);
}

const ops = { quiesce, label: 'i2c-ops' } as const;

interface I2cData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export const i2cDriver: platform.Driver<I2cData> = {
  name: 'h9-i2c',
  idTable: [{ compatible: 'acme,i2c' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind runs before the core unbinds the device.
    ops.quiesce(data.handle, data.mem);
  },
};

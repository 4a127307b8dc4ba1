// A platform SPI controller calls an imported safe diagnostics helper (its unsafe call justified inside): no comment needed at the call.
import type { device, devres, platform } from '@bindsafe/kernel';
import { dumpStatus } from './index.js';

interface SpiData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'h9-spi',
  idTable: [{ compatible: 'acme,spi' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`spi status: ${dumpStatus(data.handle, data.mem)}`);
  },
};

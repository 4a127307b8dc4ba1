// A platform interrupt controller calls an @unsafe helper from a barrel with a SAFETY comment above the call.
import type { device, devres, platform } from '@bindsafe/kernel';
import { maskAll } from './lib/index.js';

interface IrqcData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export const irqcDriver: platform.Driver<IrqcData> = {
  name: 'h9-irqc',
  idTable: [{ compatible: 'acme,irqc' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind runs while the device is still bound to this driver.
    maskAll(data.handle, data.mem);
  },
};

// A PCI GPIO expander logs a pruned copy of its line states made by a helper in another module.
import type { device, pci } from '@bindsafe/kernel';
import { prunedCopy } from './snapshot.js';

interface GpioData {
  readonly lines: Map<number, boolean>;
}

export const gpioDriver: pci.Driver<GpioData> = {
  name: 'h11-gpio',
  idTable: [{ vendor: 0x1c00, device: 0x3253 }],

  probe(): GpioData {
    return { lines: new Map([[0, true], [1, false], [2, true]]) };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<GpioData>): void {
    const view = prunedCopy(data.lines, 0);
    pdev.asRef().info(`gpio: ${[...view.entries()].filter(([, on]) => on).length} lines high`);
  },
};

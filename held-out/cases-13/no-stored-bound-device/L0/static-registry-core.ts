// A platform GPIO controller driver registers the probing device in a static field of a registry class so other code can find "the" controller. [class 6]
import type { device, devres, platform } from '@bindsafe/kernel';

export class GpioRegistry {
  static primary: device.Device<device.Core> | undefined;
  static readonly lines = new Map<string, number>();

  static lookup(label: string): number | undefined {
    return GpioRegistry.lines.get(label);
  }
}

class GpioChip {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly ngpio: number) {}
}

export const gpioDriver: platform.Driver<GpioChip> = {
  name: 'pl061-gpio',
  idTable: [{ compatible: 'arm,pl061' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    GpioRegistry.primary = pdev.asRef(); // expect: bindsafe/no-stored-bound-device
    GpioRegistry.lines.set(pdev.name, 8);
    return new GpioChip(io, 8);
  },
};

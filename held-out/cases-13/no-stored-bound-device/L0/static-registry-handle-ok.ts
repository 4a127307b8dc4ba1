// A platform GPIO controller driver registers a Device<Normal> handle and the Devres container in static fields of a registry class. [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

export class GpioRegistry {
  static primary: device.Device | undefined;
  static primaryIo: devres.Devres<platform.IoMem> | undefined;
  static readonly lines = new Map<string, number>();

  static readLevel(): number | undefined {
    return GpioRegistry.primaryIo?.tryAccessWith((io) => io.read32(0x3fc));
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
    GpioRegistry.primary = pdev.asRef().toNormal();
    GpioRegistry.primaryIo = io;
    GpioRegistry.lines.set(pdev.name, 8);
    return new GpioChip(io, 8);
  },
};

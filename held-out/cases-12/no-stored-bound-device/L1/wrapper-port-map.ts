// A serial driver wraps the bound device and its IoMem in a Port class and files it in a module Map [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

class Port {
  constructor(
    readonly dev: platform.Device<device.Bound>,
    readonly io: platform.IoMem,
  ) {}

  get line(): string {
    return `${this.dev.name}@${this.io.size}`;
  }
}

const ports = new Map<string, Port>();

export const serialDriver: platform.Driver<{ readonly regs: devres.Devres<platform.IoMem> }> = {
  name: 'serial-lite',
  idTable: [{ compatible: 'ns16550a' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const port = new Port(pdev, regs.access(pdev.asRef()));
    ports.set(port.line, port); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

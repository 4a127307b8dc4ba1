// A serial driver returns a Port class (bound device + IoMem) as its driver data [class 4]
import type { device, devres, platform } from '@bindsafe/kernel';

class Port {
  constructor(
    readonly dev: platform.Device<device.Bound>,
    readonly regs: devres.Devres<platform.IoMem>,
    readonly io: platform.IoMem,
  ) {}

  get line(): string {
    return `${this.dev.name}@${this.io.size}`;
  }
}

export const serialDriver: platform.Driver<Port> = {
  name: 'serial-lite-ok',
  idTable: [{ compatible: 'ns16550a' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const port = new Port(pdev, regs, regs.access(pdev.asRef()));
    port.dev.asRef().info(port.line);
    return port;
  },
};

// A class-based platform GPIO driver counts its own unbinds on a private field: the driver's own state, not the data.
import type { device, devres, platform } from '@bindsafe/kernel';

interface ExpanderData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly lines: number;
}

export class ExpanderDriver implements platform.Driver<ExpanderData> {
  readonly name = 'h9-gpio-expander';
  readonly idTable = [{ compatible: 'acme,gpio-exp' }];
  #unbinds = 0;

  get unbinds(): number {
    return this.#unbinds;
  }

  probe(pdev: platform.Device<device.Core>): ExpanderData {
    return { mem: pdev.iomapResource(0), lines: 16 };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<ExpanderData>): void {
    this.#unbinds++;
    data.mem.access(pdev.asRef()).write32(0, 0x04);
  }
}

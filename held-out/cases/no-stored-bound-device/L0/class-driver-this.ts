// A class driver remembers the last device on `this` (the driver object outlives every binding).
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
}

export class NicDriver implements pci.Driver<Data> {
  readonly name = 'held-nic';
  readonly idTable = [{ vendor: 0x8086, device: 0x10d3 }];
  lastDevice: device.Device<device.Bound> | undefined;
  probes = 0;

  probe(pdev: pci.Device<device.Core>): Data {
    this.probes++;
    this.lastDevice = pdev.asRef(); // expect: bindsafe/no-stored-bound-device
    return { regs: pdev.iomapRegion(0, this.name) };
  }
}

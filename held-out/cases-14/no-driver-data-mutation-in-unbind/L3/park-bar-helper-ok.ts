// A PCI accelerator parks its engines through a same-file helper given the mapped BAR and a read-only view of its data's engine list. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

interface Engine { readonly id: number; readonly offset: number }

function park(bar: pci.Bar, engines: readonly Engine[]): number {
  for (const engine of engines) bar.write32(0, engine.offset);
  return engines.length;
}

class AccelData {
  readonly engines: Engine[] = [{ id: 0, offset: 0x100 }, { id: 1, offset: 0x200 }];
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
  get engineCount(): number {
    return this.engines.length;
  }
}

export const accelDriver: pci.Driver<AccelData> = {
  name: 'acc-accel',
  idTable: [{ vendor: 0x8086, device: 0x0b25 }],
  probe: (pdev) => new AccelData(pdev.iomapRegion(0, 'acc-accel')),
  unbind(pdev, data) {
    const parked = park(data.bar.access(pdev.asRef()), data.engines);
    pdev.asRef().info(`acc-accel: parked ${parked}/${data.engineCount}`);
  },
};

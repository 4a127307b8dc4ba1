// A PCI video encoder parks its engines in unbind through a barrel-imported helper that writes the BAR and fills its own result list. [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { parkEngines, type EngineSlot } from './hw/index.js';

class EncoderData {
  readonly #bar: devres.Devres<pci.Bar>;
  readonly slots: readonly EngineSlot[] = [{ offset: 0x40, name: 'vcn0' }, { offset: 0x80, name: 'vcn1' }];
  constructor(bar: devres.Devres<pci.Bar>) {
    this.#bar = bar;
  }
  get bar(): devres.Devres<pci.Bar> {
    return this.#bar;
  }
}

export const encoderDriver: pci.Driver<EncoderData> = {
  name: 'acc-venc',
  idTable: [{ vendor: 0x1002, device: 0x15e7 }],
  probe: (pdev) => new EncoderData(pdev.iomapRegion(0, 'acc-venc')),
  unbind(pdev, data) {
    const parked = parkEngines(data.bar.access(pdev.asRef()), data.slots);
    parked.sort();
    pdev.asRef().info(`acc-venc: parked ${parked.join(',')}`);
  },
};

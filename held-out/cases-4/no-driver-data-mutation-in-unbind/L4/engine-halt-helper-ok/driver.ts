// unbind calls an imported helper that halts the engine through the data's own method and writes doorbell registers.
import type { pci } from '@bindsafe/kernel';
import { Engine, haltAll, type Gpu } from './gpu.js';

export const haltGpuDriver: pci.Driver<Gpu> = {
  name: 'held4-halt-gpu',
  idTable: [{ vendor: 0x1002, device: 0x744c }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return { regs: pdev.iomapRegion(0, 'held4-halt-gpu'), engine: new Engine(), doorbells: [0x800, 0x804, 0x808] };
  },
  unbind(pdev, data) {
    const parked = haltAll(data, pdev.asRef());
    pdev.asRef().info(`halt-gpu: ${parked} doorbells parked`);
  },
};

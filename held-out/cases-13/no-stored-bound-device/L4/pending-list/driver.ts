// A platform panel driver whose supplier is missing passes an imported module-level list to another module's Fifo.enqueue(), which pushes its bound device there. [class 6]
import type { devres, platform } from '@bindsafe/kernel';
import { Fifo, waitingForSupplier } from './state/index.js';

class PanelData {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly deferred: boolean) {}
}

export const panelDriver: platform.Driver<PanelData> = {
  name: 'panel-simple-lite',
  idTable: [{ compatible: 'boe,nv140fhmn49' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const supplierReady = (io.access(pdev.asRef()).read32(0x00) & 0x1) === 1;
    if (!supplierReady) {
      Fifo.enqueue(waitingForSupplier, pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    }
    return new PanelData(io, !supplierReady);
  },
};

// [class 6] A PCI capture board passes the id-table info to an imported helper that writes the Bar into its field.
import type { pci } from '@bindsafe/kernel';
import { attachWindow, type BoardInfo } from './helpers/attach.js';

const studio: BoardInfo = { model: 'studio-4k' };

export const driver: pci.Driver<{ readonly model: string }, BoardInfo> = {
  name: 'held9-board-attach',
  idTable: [{ vendor: 0x1cd7, device: 0x0030, info: studio }],
  probe(pdev, info) {
    if (info === undefined) throw new RangeError('held9-board-attach: unknown board');
    const bar = pdev.iomapRegion(0, 'board').access(pdev.asRef());
    attachWindow(info, bar); // expect: bindsafe/no-stored-bound-device
    return { model: info.model };
  },
};

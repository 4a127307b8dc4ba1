// A platform MFD logs through each child handle as bound in a block-bodied forEach callback; the SAFETY comment is above the forEach statement.
import type { device, platform } from '@bindsafe/kernel';

interface MfdData {
  readonly cells: readonly device.Device[];
}

export const driver: platform.Driver<MfdData> = {
  name: 'held-mfd-foreach',
  idTable: [{ compatible: 'vendor,mfd' }],
  probe(pdev) {
    const self = pdev.asRef().toNormal();
    return { cells: [self, self] };
  },
  unbind(_pdev, data) {
    // SAFETY: every cell is this MFD's own device, bound for as long as its unbind runs.
    data.cells.forEach((cell, index) => {
      const bound = cell.unsafeAsBound();
      bound.info(`cell ${index} detached`);
    });
  },
};

// A PCI bus analyser's helper searches a grid of handles with a labelled loop and re-binds the match without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

function findOwner(grid: readonly (readonly device.Device<device.Normal>[])[], wanted: string): string | undefined {
  let owner: string | undefined;
  outer: for (const row of grid) {
    for (const cell of row) {
      if (cell.name !== wanted) continue;
      owner = cell.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
      break outer;
    }
  }
  return owner;
}

export const driver: pci.Driver<{ readonly grid: readonly (readonly device.Device<device.Normal>[])[] }> = {
  name: 'held8-analyser-labelled',
  idTable: [{ vendor: 0x1556, device: 0x5555 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { grid: [[handle], [handle, handle]] };
  },
  unbind(pdev, data) {
    const owner = findOwner(data.grid, pdev.name);
    pdev.asRef().info(`analyser: owner ${owner ?? 'none'}`);
  },
};

// A helper drops what it makes on every exit.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function verifyChild(parent: pci.Device<device.Bound>, quick: boolean): boolean {
  const reg = auxiliary.Registration.new(parent.asRef(), 'verify', 0, 'held10');
  try {
    if (quick) return reg.name.length > 0;
    return reg.name === 'verify';
  } finally {
    void reg.drop();
  }
}

interface D {
  readonly verified: boolean;
}

export const drv43: pci.Driver<D> = {
  name: 'held10-c43',
  idTable: [{ vendor: 0x1af4, device: 0x102b }],
  probe(pdev) {
    const verified = verifyChild(pdev, true);
    return { verified };
  },
};

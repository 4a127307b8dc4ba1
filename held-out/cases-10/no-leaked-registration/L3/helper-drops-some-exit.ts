// A helper drops what it makes on one exit only. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function verifyChild(parent: pci.Device<device.Bound>, quick: boolean): boolean {
  const reg = auxiliary.Registration.new(parent.asRef(), 'verify', 0, 'held10');
  if (quick) return reg.name.length > 0;
  void reg.drop();
  return true;
}

interface D {
  readonly verified: boolean;
}

export const drv42: pci.Driver<D> = {
  name: 'held10-c42',
  idTable: [{ vendor: 0x1af4, device: 0x102a }],
  probe(pdev) {
    const verified = verifyChild(pdev, pdev.asRef().name.length > 2); // expect: bindsafe/no-leaked-registration
    return { verified };
  },
};

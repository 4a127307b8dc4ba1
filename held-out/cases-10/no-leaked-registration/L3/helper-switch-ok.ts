// A helper with a switch keeps or drops in every case.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function maybeChild(parent: pci.Device<device.Bound>, mode: 'on' | 'off'): auxiliary.Registration | null {
  const reg = auxiliary.Registration.new(parent.asRef(), 'mode', 0, 'held10');
  switch (mode) {
    case 'on':
      return reg;
    case 'off':
      void reg.drop();
      return null;
  }
}

interface D {
  readonly child: auxiliary.Registration | null;
}

export const drv52: pci.Driver<D> = {
  name: 'held10-c52',
  idTable: [{ vendor: 0x1af4, device: 0x1034 }],
  probe(pdev) {
    return { child: maybeChild(pdev, pdev.asRef().name ? 'on' : 'off') };
  },
};

// A multi-function card's helper (default and rest parameters) makes one child per name; probe keeps them.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function spawnAll(parent: device.Device<device.Bound>, modname = 'held7_mfd', ...names: string[]): auxiliary.Registration[] {
  const out: auxiliary.Registration[] = [];
  for (const [i, name] of names.entries()) out.push(auxiliary.Registration.new(parent, name, i, modname));
  return out;
}

interface MfdData {
  readonly cells: auxiliary.Registration[];
}

export const mfdDriver: pci.Driver<MfdData> = {
  name: 'held7-mfd',
  idTable: [{ vendor: 0x1022, device: 0x790b }],
  probe(pdev) {
    const cells = spawnAll(pdev.asRef(), undefined, 'gpio', 'i2c', 'wdt');
    return { cells };
  },
};

// A helper generic over the child kind returns the registration it makes; probe calls it for its side effect and drops the result on the floor. [class 2]
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

const CHILD_IDS = { hwmon: 0, edac: 1 } as const;

function spawn<K extends keyof typeof CHILD_IDS>(parent: device.Device<device.Bound>, kind: K): auxiliary.Registration {
  return auxiliary.Registration.new(parent, kind, CHILD_IDS[kind], 'held5c_memctl');
}

interface MemCtl {
  readonly regs: devres.Devres<pci.Bar>;
  readonly edac: auxiliary.Registration;
}

export const memctlDriver: pci.Driver<MemCtl> = {
  name: 'held5c-memctl',
  idTable: [{ vendor: 0x1022, device: 0x14d8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-memctl');
    spawn(pdev.asRef(), 'hwmon'); // expect: bindsafe/no-leaked-registration
    const edac = spawn(pdev.asRef(), 'edac');
    return { regs, edac };
  },
};

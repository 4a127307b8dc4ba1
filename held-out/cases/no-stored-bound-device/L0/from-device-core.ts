// pci.Device.fromDevice of probe's device keeps the Core context; it is stored globally. [class 3]
import { pci, type device } from '@bindsafe/kernel';

let rawPci: pci.Device<device.Core> | undefined;

export const driver: pci.Driver<{ readonly ok: boolean }> = {
  name: 'held-fromdev',
  idTable: [{ vendor: 0x1b36, device: 0x0015 }],
  probe(pdev) {
    const generic = pdev.asRef();
    rawPci = pci.Device.fromDevice(generic); // expect: bindsafe/no-stored-bound-device
    return { ok: true };
  },
};

export function poke(): void {
  rawPci?.setMaster();
}

// A PCI crypto accelerator parks its RNG child in a module variable so a sysfs hook can find it.
import { auxiliary, type pci } from '@bindsafe/kernel';

let rngChild: auxiliary.Registration | undefined;

export function rngChildName(): string {
  return rngChild?.name ?? 'none';
}

export const qatDriver: pci.Driver<{ readonly engines: number }> = {
  name: 'qat-lite',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    rngChild = auxiliary.Registration.new(pdev.asRef(), 'hwrng', 0, 'qat_lite'); // expect: bindsafe/no-leaked-registration
    return { engines: pdev.resourceLen(0) >>> 20 };
  },
};

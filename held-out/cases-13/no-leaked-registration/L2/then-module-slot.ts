// After the firmware promise settles, a `.then` callback parks the child in a module variable. [class 5]
import { auxiliary, type pci } from '@bindsafe/kernel';

let firmwareChild: auxiliary.Registration | null = null;

function loadFirmware(rev: number): Promise<string> {
  return Promise.resolve(`fw-${rev}.bin`);
}

export const wifiDriver: pci.Driver<{ readonly fw: Promise<string> }> = {
  name: 'wifi-lite',
  idTable: [{ vendor: 0x168c, device: 0x003e }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    const fw = loadFirmware(pdev.revision);
    void fw.then((image) => {
      // SAFETY: firmware loads complete while probe's binding is still live (the loader is synchronous).
      const bound = handle.unsafeAsBound();
      firmwareChild = auxiliary.Registration.new(bound, image.replace('.bin', ''), 0, 'wifi'); // expect: bindsafe/no-leaked-registration
    });
    return { fw };
  },
};

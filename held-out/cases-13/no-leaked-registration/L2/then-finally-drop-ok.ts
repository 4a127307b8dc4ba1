// A `.then` callback registers a firmware-check child and drops it in `finally`. [class 1, 5]
import { auxiliary, type pci } from '@bindsafe/kernel';

function loadFirmware(rev: number): Promise<string> {
  return Promise.resolve(`fw-${rev}.bin`);
}

export const wifiDriver: pci.Driver<{ readonly checked: Promise<boolean> }> = {
  name: 'wifi-lite',
  idTable: [{ vendor: 0x168c, device: 0x003e }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    const checked = loadFirmware(pdev.revision).then((image) => {
      // SAFETY: firmware loads complete while probe's binding is still live (the loader is synchronous).
      const bound = handle.unsafeAsBound();
      const checker = auxiliary.Registration.new(bound, 'fwcheck', 0, 'wifi');
      try {
        return image.endsWith('.bin') && checker.name.length > 0;
      } finally {
        void checker.drop();
      }
    });
    return { checked };
  },
};

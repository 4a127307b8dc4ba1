// A PCI capture card defers creating its overlay child to a timer started in probe and parks it in a module variable. [class 5, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

let overlay: auxiliary.Registration | undefined;

export const captureDriver: pci.Driver<{ readonly name: string }> = {
  name: 'capture-lite',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const handle = pdev.toNormal();
    setTimeout(() => {
      // SAFETY: the overlay is created 10 ms after probe; the card is not hot-pluggable, so it is still bound.
      const bound = handle.asRef().unsafeAsBound();
      overlay = auxiliary.Registration.new(bound, 'overlay', 0, 'capture_lite'); // expect: bindsafe/no-leaked-registration
    }, 10);
    return { name: handle.name };
  },
};

export function overlayName(): string | undefined {
  return overlay?.name;
}

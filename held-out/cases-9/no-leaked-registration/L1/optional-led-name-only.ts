// A keyboard controller conditionally makes its LED child into a `let` and keeps only `led?.name`. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface KbdInfo {
  readonly withLed: boolean;
}

interface KbdData {
  readonly ledName: string | undefined;
}

export const kbdDriver: pci.Driver<KbdData, KbdInfo> = {
  name: 'held9-kbd',
  idTable: [{ vendor: 0x1c7a, device: 0x0603, info: { withLed: true } }],
  probe(pdev, info) {
    let led: auxiliary.Registration | undefined;
    if (info?.withLed) {
      led = auxiliary.Registration.new(pdev.asRef(), 'led', 0, 'held9_kbd'); // expect: bindsafe/no-leaked-registration
    }
    return { ledName: led?.name };
  },
};

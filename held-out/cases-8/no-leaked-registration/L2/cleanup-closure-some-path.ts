// A modem calls its cleanup closure only in one-shot mode; otherwise the diag child stays unowned. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface ModemOptions {
  readonly oneShot?: boolean;
}

interface ModemData {
  readonly mode: 'one-shot' | 'persistent';
}

export const modemDriver: pci.Driver<ModemData, ModemOptions> = {
  name: 'held8-modem',
  idTable: [{ vendor: 0x17cb, device: 0x0306, info: {} }],
  probe(pdev, info = {}) {
    const diag = auxiliary.Registration.new(pdev.asRef(), 'diag', 0, 'held8_modem'); // expect: bindsafe/no-leaked-registration
    const cleanup = (): void => void diag.drop();
    if (info.oneShot) {
      cleanup();
      return { mode: 'one-shot' };
    }
    return { mode: 'persistent' };
  },
};

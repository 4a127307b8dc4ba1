// A history entry built from defaults and a spread carries the Bar to the front of a module array.
import type { devres, pci } from '@bindsafe/kernel';

interface Entry {
  readonly label: string;
  readonly retries: number;
  readonly bar?: pci.Bar;
}

const DEFAULT_ENTRY: Entry = { label: 'unknown', retries: 0 };
const history: Entry[] = [];

export const historyDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }, Partial<Entry>> = {
  name: 'held-history',
  idTable: [{ vendor: 0x1b36, device: 0x0011, info: { retries: 2 } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-history');
    const bar = regs.access(pdev.asRef());
    const entry: Entry = { ...DEFAULT_ENTRY, ...info, label: pdev.name, bar };
    history.unshift(entry); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

// A same-file helper wraps a Bar as `{ bar, opened }`; probe adds the wrapper to a module-level Set of sessions. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Session {
  readonly bar: pci.Bar;
  readonly opened: number;
}

function openSession(bar: pci.Bar): Session {
  bar.write32(0x1, 0x00);
  return { bar, opened: Date.now() };
}

const sessions = new Set<Session>();

interface DspData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const dspDriver: pci.Driver<DspData> = {
  name: 'held-dsp',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-dsp');
    sessions.add(openSession(regs.access(pdev.asRef()))); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export function sessionCount(): number {
  return sessions.size;
}

// A PCI power meter builds a poll closure over its BAR with a same-file factory and stores it in a module hook. [class 7]
import type { pci } from '@bindsafe/kernel';

const PM_WATTS = 0x40;

type PollFn = () => number;

interface PmData {
  readonly bar: pci.Bar;
}

let g_pm_poll: PollFn | null = null;

function pm_make_poll(bar: pci.Bar, scale: number): PollFn {
  return () => bar.read32(PM_WATTS) * scale;
}

export function pm_read_watts(): number {
  return g_pm_poll === null ? -19 : g_pm_poll();
}

export const pm_driver: pci.Driver<PmData> = {
  name: 'power_meter',
  idTable: [{ vendor: 0x1d0f, device: 0x7001 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'power_meter').access(pdev.asRef());
    g_pm_poll = pm_make_poll(bar, 10); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};

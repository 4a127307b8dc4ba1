// A watchdog listens on AbortSignal.timeout, whose listener fires long after probe returned.
import type { devres, pci } from '@bindsafe/kernel';

export const watchdogDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-watchdog',
  idTable: [{ vendor: 0x1912, device: 0x0014 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-watchdog');
    const bar = regs.access(pdev.asRef());
    const signal = AbortSignal.timeout(1000);
    signal.addEventListener('abort', () => bar.write32(0, 0x20)); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

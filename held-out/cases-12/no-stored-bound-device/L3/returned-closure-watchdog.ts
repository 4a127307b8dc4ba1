// A watchdog driver builds a "kick" closure over the BAR with a curried helper and keeps it module-wide [class 7]
import type { devres, pci } from '@bindsafe/kernel';

const makeKicker = (bar: pci.Bar) => (magic: number) => () => bar.write32(magic, 0x8);

let kick: (() => void) | undefined;

export const wdtDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'wdt-kick',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'wdt');
    kick = makeKicker(regs.access(pdev.asRef()))(0x5a5a); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export const petWatchdog = (): void => kick?.();

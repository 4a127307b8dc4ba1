// A watchdog driver records unbound devices as Normal handles in a module-level history list
import type { devres, pci } from '@bindsafe/kernel';

const history: pci.Device[] = [];

export const wdtDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'i6300esb-lite-ok',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'wdt') };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    history.push(pdev.toNormal());
  },
};

export const historyNames = (): string[] => history.map((d) => d.name);

// A PCI frame grabber keeps a record of its Devres container and a toNormal() handle in a module Map: both are handles.
import type { devres, pci } from '@bindsafe/kernel';

interface GrabberRecord {
  readonly regs: devres.Devres<pci.Bar>;
  readonly handle: pci.Device;
  readonly since: number;
}

export const grabbers = new Map<string, GrabberRecord>();

interface GrabberData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const grabberDriver: pci.Driver<GrabberData> = {
  name: 'held-grabber-ok',
  idTable: [{ vendor: 0x1131, device: 0x7162 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-grabber-ok');
    const base = { regs, handle: pdev.toNormal() };
    grabbers.set(pdev.name, { ...base, since: Date.now() });
    return { regs };
  },
};

export function frameCounter(name: string): number | undefined {
  return grabbers.get(name)?.regs.tryAccessWith((bar) => bar.read32(0x40));
}

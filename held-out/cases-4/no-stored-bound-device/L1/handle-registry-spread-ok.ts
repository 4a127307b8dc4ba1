// A module-level registry is rebuilt with array spread on probe and filtered on unbind: only Normal handles and Devres containers go in it. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

interface Entry {
  readonly handle: pci.Device;
  readonly regs: devres.Devres<pci.Bar>;
  readonly slot: number;
}

let registry: readonly Entry[] = [];

export const nvmeDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly id: number }> = {
  name: 'held-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nvme');
    const { vendorId, deviceId } = pdev;
    const entry: Entry = { handle: pdev.toNormal(), regs, slot: registry.length };
    registry = [...registry, entry];
    return { regs, id: (vendorId << 16) | deviceId };
  },
  unbind(pdev) {
    registry = registry.filter((e) => e.handle.name !== pdev.name);
  },
};

export function controllerStatus(slot: number): number | undefined {
  return registry.find((e) => e.slot === slot)?.regs.tryAccessWith((bar) => bar.read32(0x1c));
}

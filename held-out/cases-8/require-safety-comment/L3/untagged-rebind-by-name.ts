// A PCI panel has its own helper named unsafeAsBound without an @unsafe tag (it only formats a string): no comment is needed.
import type { devres, pci } from '@bindsafe/kernel';

const panelNames = {
  /** Formats the bound-style label of a panel id. */
  unsafeAsBound(id: number): string {
    return `panel-${id.toString(16)}`;
  },
};

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly label: string }> = {
  name: 'held8-panel-by-name',
  idTable: [{ vendor: 0x1002, device: 0x15d8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'panel');
    const label = panelNames.unsafeAsBound(pdev.deviceId);
    return { regs, label };
  },
};

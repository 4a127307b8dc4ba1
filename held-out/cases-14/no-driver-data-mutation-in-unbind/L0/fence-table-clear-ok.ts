// A PCI GPU keeps outstanding fences in a Map; unbind snapshots a copy and clears the copy, never the data's own Map. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

class FenceTable {
  readonly fences = new Map<number, string>();
  get outstanding(): number {
    return this.fences.size;
  }
}

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly table: FenceTable;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'acc-gpu-fence-ok',
  idTable: [{ vendor: 0x1002, device: 0x73c0 }],
  probe(pdev) {
    const table = new FenceTable();
    table.fences.set(0, 'boot');
    return { regs: pdev.iomapRegion(0, 'acc-gpu-ok/bar0'), table };
  },
  unbind(pdev, data) {
    const snapshot = new Map(data.table.fences);
    for (const [seq, label] of snapshot) pdev.asRef().info(`acc-gpu-ok: fence ${seq} (${label}) abandoned`);
    snapshot.clear();
    data.regs.access(pdev.asRef()).write32(0, 0x10);
  },
};

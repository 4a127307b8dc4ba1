// The driver data owns the object the builder of another module made.
import type { devres, pci } from '@bindsafe/kernel';
import { buildTopology, type Topology } from './topology.js';

export const topoDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly topology: Topology }> = {
  name: 'held-topo',
  idTable: [{ vendor: 0x10de, device: 0x2318 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-topo');
    const topology = buildTopology(pdev.asRef(), { audio: pdev.revision > 1 });
    return { regs, topology };
  },
};

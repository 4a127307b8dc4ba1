// A PCI GPU registers its card and render nodes through an imported helper, each from its own unregistered device.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { registerNode } from './nodes.js';

type NodeKind = 'card' | 'render';

export const nodesDriver: pci.Driver<{ readonly nodes: ReadonlyMap<NodeKind, drm.Registration<GpuDrm>> }> = {
  name: 'heldgpu-l4-fresh-ok',
  idTable: [{ vendor: 0x1af4, device: 0x10d0 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const bar = regs.access(pdev.asRef());
    const nodes = new Map<NodeKind, drm.Registration<GpuDrm>>();
    for (const [kind, vramSize] of [['card', 256 << 20], ['render', 0]] as const) {
      const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: kind, regs, submitted: 0 });
      nodes.set(kind, registerNode(pdev, udev, { vramSize, bar }));
    }
    return { nodes };
  },
};

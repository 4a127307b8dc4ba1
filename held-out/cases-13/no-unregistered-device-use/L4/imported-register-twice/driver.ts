// A PCI GPU registers its card and render nodes through an imported helper, handing both the same unregistered device.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { registerNode } from './nodes.js';

export const nodesDriver: pci.Driver<{ readonly nodes: ReadonlyMap<'card' | 'render', drm.Registration<GpuDrm>> }> = {
  name: 'heldgpu-l4-twice',
  idTable: [{ vendor: 0x1af4, device: 0x10c0 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'nodes', regs, submitted: 0 });
    const nodes = new Map<'card' | 'render', drm.Registration<GpuDrm>>();
    nodes.set('card', registerNode(pdev, udev, { vramSize: 256 << 20, bar }));
    nodes.set('render', registerNode(pdev, udev, { vramSize: 0, bar })); // expect: bindsafe/no-unregistered-device-use
    return { nodes };
  },
};

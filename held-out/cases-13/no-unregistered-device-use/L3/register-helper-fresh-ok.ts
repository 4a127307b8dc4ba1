// A PCI GPU wraps registration in a helper and calls it for the card and the render node, each with its own unregistered device.
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function registerNode(pdev: pci.Device<device.Bound>, data: GpuData, bar: pci.Bar, vramSize: number): drm.Registration<GpuDrm> {
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, data);
  return drm.Registration.new(pdev, udev, { vramSize, log: [], counters: {}, pdev, bar }, 0);
}

export const nodesDriver: pci.Driver<{ readonly card: drm.Registration<GpuDrm>; readonly render: drm.Registration<GpuDrm> }> = {
  name: 'heldgpu-l3-fresh-ok',
  idTable: [{ vendor: 0x1af4, device: 0x10b0 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const bar = regs.access(pdev.asRef());
    const card = registerNode(pdev, { label: 'card', regs, submitted: 0 }, bar, 256 << 20);
    const render = registerNode(pdev, { label: 'render', regs, submitted: 0 }, bar, 0);
    return { card, render };
  },
};

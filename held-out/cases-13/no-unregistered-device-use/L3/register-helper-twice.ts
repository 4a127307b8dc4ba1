// A PCI GPU wraps registration in a helper and calls it for the card and the render node with the same unregistered device.
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function registerNode(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<GpuDrm>, bar: pci.Bar, vramSize: number): drm.Registration<GpuDrm> {
  return drm.Registration.new(pdev, udev, { vramSize, log: [], counters: {}, pdev, bar }, 0);
}

export const nodesDriver: pci.Driver<{ readonly card: drm.Registration<GpuDrm>; readonly render: drm.Registration<GpuDrm> }> = {
  name: 'heldgpu-l3-twice',
  idTable: [{ vendor: 0x1af4, device: 0x10a0 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'nodes', regs, submitted: 0 });
    const card = registerNode(pdev, udev, bar, 256 << 20);
    const render = registerNode(pdev, udev, bar, 0); // expect: bindsafe/no-unregistered-device-use
    return { card, render };
  },
};

// A PCI GPU stages its unregistered devices in a Map by role, registers the primary, then reads it back from the Map. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Role = 'primary' | 'compute';

export const roleDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly roles: readonly string[] }> = {
  name: 'heldgpu-l1-map',
  idTable: [{ vendor: 0x1af4, device: 0x1071 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const staged = new Map<Role, drm.UnregisteredDevice<GpuDrm>>();
    const primary = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'primary', regs, submitted: 0 });
    staged.set('primary', primary);
    const reg = drm.Registration.new(pdev, primary, { vramSize: 64 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const label = staged.get('primary')?.data.label ?? 'none'; // expect: bindsafe/no-unregistered-device-use
    return { reg, roles: [label] };
  },
};

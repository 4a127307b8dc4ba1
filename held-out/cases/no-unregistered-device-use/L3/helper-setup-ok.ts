// A setup helper used before the move; a naming helper on the registered device after.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../_shared/gpu-drm.js';

function prepare(udev: drm.UnregisteredDevice<GpuDrm>, revision: number): void {
  udev.data = { ...udev.data, label: `gpu-r${revision}` };
}

function nodeName(dev: GpuDevice): string {
  return `${dev.name}/${dev.data.label}`;
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly node: string }> = {
  name: 'held-nudu-l3-ok',
  idTable: [{ vendor: 0x10de, device: 0x2033 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l3-ok');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    prepare(udev, pdev.revision);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, node: nodeName(reg.device()) };
  },
};

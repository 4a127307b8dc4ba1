// A camera ISP's reset path drops its DRM node and then only reads its name and takes a handle.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface IspData {
  readonly reg: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<IspData> = {
  name: 'held6-nudu-isp',
  idTable: [{ vendor: 0x8086, device: 0x465d }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-isp');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'isp', regs, submitted: 0 });
    return { reg: drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0) };
  },
};

export async function retire(reg: drm.Registration<GpuDrm>): Promise<GpuDevice> {
  await reg.drop();
  const dev = reg.device();
  console.info(`${dev.name} retired after ${dev.data.submitted} frames`);
  return dev.toNormal();
}

// Setting up the UnregisteredDevice before the move, then using the registered device.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../_shared/gpu-drm.js';

interface Data {
  readonly drm: GpuDevice;
  readonly reg: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<Data> = {
  name: 'held-nudu-setup',
  idTable: [{ vendor: 0x10de, device: 0x2004 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-setup');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'tmp', regs, submitted: 0 });
    udev.data = { ...udev.data, label: `${udev.name}-${pdev.revision}` };
    // SAFETY: an Uninit view of an unregistered device is exactly what it is.
    const uninit = udev.assumeCtx<drm.Uninit>();
    pdev.asRef().info(`setting up ${uninit.name}`);
    const reg = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(`registered ${reg.device().name}`);
    return { drm: reg.device(), reg };
  },
};

// A helper assumes Registered for the device it is given; the caller gives it an unregistered one.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

function openEarly(dev: drm.Device<GpuDrm, drm.Uninit>): number {
  // SAFETY: callers only pass devices that went through Registration.new.
  return dev.assumeCtx<drm.Registered>().openFile().inner().id;
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-l3-assume',
  idTable: [{ vendor: 0x10de, device: 0x2032 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l3-assume');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    // SAFETY: a freshly allocated device is Uninit.
    const uninit = udev.assumeCtx();
    openEarly(uninit); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};

// A work list is mapped after the move, and each job's label reads the moved device's name.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Data {
  readonly reg: drm.Registration<GpuDrm>;
  readonly regs: devres.Devres<pci.Bar>;
  readonly jobs: readonly string[];
}

export const jobsDriver: pci.Driver<Data> = {
  name: 'held-jobs',
  idTable: [{ vendor: 0x10de, device: 0x220e }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-jobs');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'jobs', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const queue = ['init', 'clock', 'fence'];
    const jobs = queue.map((job) => `${udev.name}:${job}`); // expect: bindsafe/no-unregistered-device-use
    return { reg, regs, jobs };
  },
};

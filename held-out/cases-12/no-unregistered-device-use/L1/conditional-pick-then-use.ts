// A dual-function PCI card registers whichever device its firmware prefers, then still configures the primary one. [class 6]
import { drm, type pci } from '@bindsafe/kernel';

interface FnData {
  role: 'scanout' | 'compute';
  queues: number;
}
type DualDrm = drm.Driver<FnData, { readonly fw: number }, {}, 'pci'>;

const dualDrm: DualDrm = {
  info: { name: 'dualfn', desc: 'Dual-function card', major: 0, minor: 3, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

export const dualDriver: pci.Driver<{ readonly reg: drm.Registration<DualDrm> }> = {
  name: 'dualfn',
  idTable: [{ vendor: 0x1e0f, device: 0x0007 }],
  probe(pdev) {
    const primary = drm.UnregisteredDevice.new(dualDrm, pdev, { role: 'scanout', queues: 1 });
    const secondary = drm.UnregisteredDevice.new(dualDrm, pdev, { role: 'compute', queues: 8 });
    const preferCompute = pdev.revision > 2;
    const reg = drm.Registration.new(pdev, preferCompute ? secondary : primary, { fw: pdev.revision }, 0);
    primary.data.queues = 2; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

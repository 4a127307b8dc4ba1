// A dual-function PCI card picks one device to register with a conditional and configures the chosen one before the move. [class 6]
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
  name: 'dualfn-2',
  idTable: [{ vendor: 0x1e0f, device: 0x0008 }],
  probe(pdev) {
    const preferCompute = pdev.revision > 2;
    const chosen = preferCompute
      ? drm.UnregisteredDevice.new(dualDrm, pdev, { role: 'compute', queues: 8 })
      : drm.UnregisteredDevice.new(dualDrm, pdev, { role: 'scanout', queues: 1 });
    chosen.data.queues *= 2;
    const reg = drm.Registration.new(pdev, chosen, { fw: pdev.revision }, 0);
    reg.device().data.role = preferCompute ? 'compute' : 'scanout';
    return { reg };
  },
};

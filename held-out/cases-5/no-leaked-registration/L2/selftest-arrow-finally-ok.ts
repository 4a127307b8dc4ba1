// probe runs a local loopback self-test arrow that makes a throw-away child and drops it in its finally. [class 1]
import { auxiliary, errors, type device, type devres, type pci } from '@bindsafe/kernel';

interface Nic {
  readonly regs: devres.Devres<pci.Bar>;
  readonly loopbackOk: boolean;
}

export const nicDriver: pci.Driver<Nic> = {
  name: 'held5c-nic',
  idTable: [{ vendor: 0x8086, device: 0x1533 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-nic');
    const parent: device.Device<device.Bound> = pdev.asRef();
    const loopback = (): boolean => {
      const probeChild = auxiliary.Registration.new(parent, 'loopback', 0, 'held5c_nic');
      try {
        return probeChild.name.startsWith('held5c_nic.');
      } finally {
        void probeChild.drop();
      }
    };
    const loopbackOk = loopback();
    if (!loopbackOk) throw new errors.KernelError('EIO', 'loopback child did not appear');
    return { regs, loopbackOk };
  },
};

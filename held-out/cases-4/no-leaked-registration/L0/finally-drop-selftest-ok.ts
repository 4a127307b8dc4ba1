// probe creates a throw-away self-test child, checks it and drops it in `finally` before returning. [class 1]
import { auxiliary, errors, type devres, type pci } from '@bindsafe/kernel';

interface Nic {
  readonly regs: devres.Devres<pci.Bar>;
  readonly selfTested: boolean;
}

export const nicDriver: pci.Driver<Nic> = {
  name: 'held4-nic',
  idTable: [{ vendor: 0x8086, device: 0x15f3 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'held4-nic');
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'selftest', pdev.revision, 'held4_nic');
    try {
      if (!probeChild.name.startsWith('held4_nic.selftest.')) {
        throw new errors.KernelError('ENODEV', `self-test child misnamed: ${probeChild.name}`);
      }
      pdev.asRef().info(`self-test child ${probeChild.name} came up`);
    } finally {
      void probeChild.drop();
    }
    return { regs, selfTested: true };
  },
};

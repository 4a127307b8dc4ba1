// A probe-time self test makes a child, checks the BAR, and drops the child in `finally` along with a RevocableGuard.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

export const selftestDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-selftest',
  idTable: [{ vendor: 0x10de, device: 0x2304 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-selftest');
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'held-selftest-probe', 0, 'held_selftest');
    const access = regs.tryAccess();
    try {
      if (!access || access.value.read32(0) === 0xffffffff) throw new Error('device fell off the bus');
      pdev.asRef().info(`self test ok with ${probeChild.name}`);
    } finally {
      access?.release();
      void probeChild.drop();
    }
    return { regs };
  },
};

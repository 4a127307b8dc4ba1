// A probe-time self-test child is dropped before probe returns.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly tested: boolean }> = {
  name: 'held-nlr-dropped',
  idTable: [{ vendor: 0x10de, device: 0x3006 }],
  probe(pdev) {
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'held_core');
    pdev.asRef().info(`self-test child ${probeChild.name}`);
    void probeChild.drop();
    return { tested: true };
  },
};

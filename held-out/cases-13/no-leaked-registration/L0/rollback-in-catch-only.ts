// Rollback drops the child only when a later step fails; the success path keeps it nowhere. [class 1]
import { auxiliary, errors, type pci } from '@bindsafe/kernel';

function checkFirmware(rev: number): void {
  if (rev < 3) throw new errors.KernelError('ENODEV', `firmware too old for rev ${rev}`);
}

export const fpgaDriver: pci.Driver<{ readonly rev: number }> = {
  name: 'fpga-mgr',
  idTable: [{ vendor: 0x10ee, device: 0x7038 }],
  probe(pdev) {
    const bridge = auxiliary.Registration.new(pdev.asRef(), 'bridge', 0, 'fpga'); // expect: bindsafe/no-leaked-registration
    try {
      checkFirmware(pdev.revision);
    } catch (error) {
      void bridge.drop();
      throw error;
    }
    return { rev: pdev.revision };
  },
};

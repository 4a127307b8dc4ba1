// A PCI NIC creates its PTP clock child, drops it only if the firmware handshake fails, and keeps it nowhere otherwise. [class 1]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const FW_STATUS = 0x10;

export const nicDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'ixl-lite',
  idTable: [{ vendor: 0x8086, device: 0x1572 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'ixl-lite/bar0');
    const ptp = auxiliary.Registration.new(pdev.asRef(), 'ptp', 0, 'ixl_lite'); // expect: bindsafe/no-leaked-registration
    try {
      const bar = regs.access(pdev.asRef());
      bar.write32(1, FW_STATUS);
      if (bar.read32(FW_STATUS) === 0xffff_ffff) throw new Error('firmware did not answer');
    } catch (error) {
      void ptp.drop();
      throw error;
    }
    return { regs };
  },
};

// A PCI NIC creates its PTP clock child and throws when the firmware is dead; the success path keeps the child in the data. [class 1]
import { auxiliary, errors, type devres, type pci } from '@bindsafe/kernel';

const FW_STATUS = 0x10;

interface Nic {
  readonly regs: devres.Devres<pci.Bar>;
  readonly ptp: auxiliary.Registration;
}

export const nicDriver: pci.Driver<Nic> = {
  name: 'ixl-lite',
  idTable: [{ vendor: 0x8086, device: 0x1572 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'ixl-lite/bar0');
    const ptp = auxiliary.Registration.new(pdev.asRef(), 'ptp', 0, 'ixl_lite');
    const bar = regs.access(pdev.asRef());
    bar.write32(1, FW_STATUS);
    if (bar.read32(FW_STATUS) === 0xffff_ffff) {
      throw new errors.KernelError('ENODEV', 'ixl-lite: firmware did not answer');
    }
    return { regs, ptp };
  },
};

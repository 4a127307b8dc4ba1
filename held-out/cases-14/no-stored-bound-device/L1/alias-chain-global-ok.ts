// A PCI SMBus controller hands its BAR through a chain of local aliases into its own driver data. [class 6]
import type { pci } from '@bindsafe/kernel';

const SMB_HSTS = 0x00;

interface SmbData {
  readonly base: pci.Bar;
  readonly hsts0: number;
}

let g_smb_hsts0 = -1;

export function smb_boot_status(): number {
  return g_smb_hsts0;
}

export const smb_driver: pci.Driver<SmbData> = {
  name: 'i801_smbus',
  idTable: [{ vendor: 0x8086, device: 0x1c22 }],
  probe(pdev) {
    const res = pdev.iomapRegion(4, 'i801_smbus');
    const mapped = res.access(pdev.asRef());
    const base = mapped;
    const hw = base;
    const hsts0 = hw.read8(SMB_HSTS);
    g_smb_hsts0 = hsts0;
    return { base: hw, hsts0 };
  },
};

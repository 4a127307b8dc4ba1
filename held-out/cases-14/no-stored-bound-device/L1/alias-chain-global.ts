// A PCI SMBus controller hands its BAR through a chain of local aliases into a module pointer used by the bus lock. [class 6]
import type { pci } from '@bindsafe/kernel';

const SMB_HSTS = 0x00;

interface SmbData {
  readonly base: pci.Bar;
}

let g_smb_base: pci.Bar | null = null;

export function smb_busy(): number {
  const b = g_smb_base;
  if (b === null) return -19;
  return b.read8(SMB_HSTS) & 1;
}

export const smb_driver: pci.Driver<SmbData> = {
  name: 'i801_smbus',
  idTable: [{ vendor: 0x8086, device: 0x1c22 }],
  probe(pdev) {
    const res = pdev.iomapRegion(4, 'i801_smbus');
    const mapped = res.access(pdev.asRef());
    const base = mapped;
    const hw = base;
    g_smb_base = hw; // expect: bindsafe/no-stored-bound-device
    return { base };
  },
};

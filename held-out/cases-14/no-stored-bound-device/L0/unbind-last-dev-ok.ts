// A PCI crypto engine remembers a handle of the last device it unbound, for a post-mortem dump. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface CcpData {
  readonly regs: devres.Devres<pci.Bar>;
}

let g_last_gone: pci.Device<device.Normal> | null = null;

export function ccp_last_name(): string {
  if (g_last_gone === null) return '';
  return g_last_gone.asRef().name;
}

export const ccp_driver: pci.Driver<CcpData> = {
  name: 'ccp',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(2, 'ccp') };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    g_last_gone = pdev.toNormal();
  },
};

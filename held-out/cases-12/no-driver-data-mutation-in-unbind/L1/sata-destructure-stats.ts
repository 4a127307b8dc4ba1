// A PCI SATA controller destructures its stats out of the driver data in unbind and bumps a counter. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface AhciStats {
  timeouts: number;
  commands: number;
}

interface AhciData {
  readonly abar: devres.Devres<pci.Bar>;
  readonly stats: AhciStats;
  readonly ports: number;
}

export const ahciDriver: pci.Driver<AhciData> = {
  name: 'ahci-lite',
  idTable: [{ vendor: 0x8086, device: 0x2922 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const abar = pdev.iomapRegion(5, 'ahci-lite/abar');
    const ports = abar.access(pdev.asRef()).read32(0x0c);
    return { abar, stats: { timeouts: 0, commands: 0 }, ports };
  },
  unbind(pdev, data) {
    const { abar, stats, ports = 1 } = data;
    const hba = abar.access(pdev.asRef());
    hba.write32(0, 0x04);
    if (hba.read32(0x08) !== 0) {
      stats.timeouts += ports; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

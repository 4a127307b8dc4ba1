// A PCI NVMe controller aliases its completion log in unbind and works on a slice of it. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Completion {
  readonly cid: number;
  readonly status: number;
}

interface NvmeData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly completions: Completion[];
  readonly irq: pci.IrqRegistration;
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'nvme-lite',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const bar = pdev.iomapRegion(0, 'nvme-lite');
    const completions: Completion[] = [];
    const irq = pdev.requestIrq(0, 'nvme-lite/cq0', () => {
      const status = bar.tryAccessWith((regs) => regs.read32(0x1000));
      completions.push({ cid: completions.length, status: status ?? 0xffff });
    });
    return { bar, completions, irq };
  },
  unbind(pdev, data) {
    const log = data.completions;
    const seen = log.slice();
    seen.sort((a, b) => a.status - b.status);
    const worst = seen.splice(0, 1)[0];
    pdev.asRef().info(`nvme-lite: ${log.length} completions, worst status ${worst?.status ?? 0}`);
    data.bar.access(pdev.asRef()).write32(0, 0x14);
  },
};

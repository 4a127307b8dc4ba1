// [class 4] A PCI PTP clock normalizes a `structuredClone` of its config with a same-file helper that mutates its argument.
import type { device, pci } from '@bindsafe/kernel';

interface PtpConfig {
  offsetNs: number;
  readonly domains: number[];
}

interface PtpData {
  readonly config: PtpConfig;
}

function normalize(cfg: PtpConfig): PtpConfig {
  cfg.offsetNs = Math.abs(cfg.offsetNs);
  cfg.domains.sort((a, b) => a - b);
  return cfg;
}

export const ptpDriver: pci.Driver<PtpData> = {
  name: 'h8-ptp',
  idTable: [{ vendor: 0x8086, device: 0x15f3 }],
  probe(_pdev: pci.Device<device.Core>): PtpData {
    return { config: { offsetNs: -40, domains: [24, 0] } };
  },
  unbind(pdev, data) {
    const shown = normalize(structuredClone(data.config));
    pdev.asRef().info(`h8-ptp: offset ${shown.offsetNs} ns, domains ${shown.domains.join(',')}`);
  },
};

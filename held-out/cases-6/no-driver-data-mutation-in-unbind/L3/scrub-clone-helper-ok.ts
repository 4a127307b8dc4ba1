// A camera driver's unbind scrubs a `structuredClone` of its config with a same-file helper that mutates its argument.
import type { pci } from '@bindsafe/kernel';

interface CamCfg {
  serial?: string;
  exposureUs: number;
}

function scrub(cfg: CamCfg): CamCfg {
  delete cfg.serial;
  cfg.exposureUs = Math.min(cfg.exposureUs, 1_000_000);
  return cfg;
}

export const driver: pci.Driver<{ readonly cfg: CamCfg }> = {
  name: 'held6-dm-scrub',
  idTable: [{ vendor: 0x1d6c, device: 0x2001 }],
  probe() {
    return { cfg: { serial: 'CAM-0042', exposureUs: 16_000 } };
  },
  unbind(_pdev, data) {
    console.info('camera cfg', scrub(structuredClone(data.cfg)));
  },
};

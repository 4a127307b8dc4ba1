// A camera driver's unbind clears its tuning config key by key with `for…in` and `delete`.
import type { pci } from '@bindsafe/kernel';

interface CamData {
  readonly cfg: Record<string, number>;
}

export const driver: pci.Driver<CamData> = {
  name: 'held6-dm-cam',
  idTable: [{ vendor: 0x8086, device: 0x9d32 }],
  probe() {
    return { cfg: { exposure: 33, gain: 4, wb: 5600 } };
  },
  unbind(_pdev, data) {
    for (const k in data.cfg) {
      delete data.cfg[k]; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

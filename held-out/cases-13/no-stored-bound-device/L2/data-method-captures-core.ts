// A platform regulator driver returns driver data whose describe() method closes over probe's platform.Device<Core>. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface RegulatorData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly microvolts: number;
  describe(): string;
}

export const regulatorDriver: platform.Driver<RegulatorData> = {
  name: 'fixed-regulator-lite',
  idTable: [{ compatible: 'regulator-fixed' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const microvolts = io.access(pdev.asRef()).read32(0x00);
    return {
      io,
      microvolts,
      describe() { // expect: bindsafe/no-stored-bound-device
        return `${pdev.compatible} @ ${microvolts} uV`;
      },
    };
  },
};

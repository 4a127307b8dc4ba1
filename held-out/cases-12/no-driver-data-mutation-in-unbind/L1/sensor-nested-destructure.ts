// A platform hwmon sensor destructures a nested calibration table out of its data and rewrites an entry by index. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Calibration {
  readonly offsets: number[];
  readonly gain: number;
}

interface HwmonData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly cal: { readonly adc: Calibration; readonly fan: Calibration };
}

export const hwmonDriver: platform.Driver<HwmonData> = {
  name: 'hwmon-lite',
  idTable: [{ compatible: 'acme,hwmon' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const adc: Calibration = { offsets: [0, 0, 0, 0], gain: 2 };
    const fan: Calibration = { offsets: [0, 0], gain: 1 };
    return { io, cal: { adc, fan } };
  },
  unbind(pdev, data) {
    const {
      cal: {
        adc: { offsets, gain },
      },
    } = data;
    const mem = data.io.access(pdev.asRef());
    mem.write32(0, 0x00);
    offsets[0] = mem.read32(0x10) * gain; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

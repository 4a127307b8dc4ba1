// A platform ADC zeroes the sample ring buffer its data holds with `fill` during unbind.
import type { device, devres, platform } from '@bindsafe/kernel';

interface AdcData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly samples: number[];
  readonly channels: number;
}

export const adcDriver: platform.Driver<AdcData> = {
  name: 'h8-adc',
  idTable: [{ compatible: 'acme,sar-adc' }],
  probe(pdev: platform.Device<device.Core>): AdcData {
    return { mem: pdev.iomapResource(0), samples: new Array<number>(64).fill(0), channels: 8 };
  },
  unbind(pdev, data) {
    data.mem.access(pdev.asRef()).write32(0, 0x0c);
    data.samples.fill(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

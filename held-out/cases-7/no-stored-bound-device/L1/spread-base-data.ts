// A platform ADC builds a base config object, then spreads it with its IoMem into the driver data.
import type { platform } from '@bindsafe/kernel';

interface AdcConfig {
  readonly channels: number;
  readonly vrefMillivolts: number;
}

type AdcData = AdcConfig & { readonly io: platform.IoMem };

const defaults: AdcConfig = { channels: 8, vrefMillivolts: 1800 };

export const driver: platform.Driver<AdcData, Partial<AdcConfig>> = {
  name: 'held-adc-spread',
  idTable: [{ compatible: 'vendor,adc-8ch', info: { vrefMillivolts: 3300 } }],
  probe(pdev, info) {
    const base = { ...defaults, ...info };
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(base.channels - 1, 0x04);
    return { ...base, io };
  },
};

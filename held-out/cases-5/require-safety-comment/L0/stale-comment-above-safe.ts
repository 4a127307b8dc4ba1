// A SAFETY comment left above a call that became safe (the driver switched from unsafeAsBound() to the probe's own device).
import type { devres, platform } from '@bindsafe/kernel';

interface AdcData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly handle: platform.Device;
}

export const adcDriver: platform.Driver<AdcData> = {
  name: 'held-adc',
  idTable: [{ compatible: 'ti,am3359-adc' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    // SAFETY: probe runs on a bound device, so asserting the binding is sound. // expect: bindsafe/require-safety-comment
    const io = mem.access(pdev.asRef());
    io.write32(0x3, 0x40);
    return { mem, handle: pdev.toNormal() };
  },
};

export function channelCount(data: AdcData): number {
  // SAFETY: a reader only ever runs while the ADC is bound (the sysfs file dies with the binding).
  const bound = data.handle.asRef().unsafeAsBound();
  return data.mem.access(bound).read32(0x44) & 0xf;
}

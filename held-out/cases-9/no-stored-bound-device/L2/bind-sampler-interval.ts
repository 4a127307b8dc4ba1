// [class 7] A platform ADC hands `sampler.sample.bind(sampler)` to setInterval; the bound receiver holds the IoMem.
import type { platform } from '@bindsafe/kernel';

class Sampler {
  readings: number[] = [];
  constructor(private readonly io: platform.IoMem) {}
  sample(): void {
    this.readings.push(this.io.read32(0x20));
  }
}

export const driver: platform.Driver<{ readonly timer: NodeJS.Timeout }> = {
  name: 'held9-adc-bind',
  idTable: [{ compatible: 'acme,adc' }],
  probe(pdev) {
    const sampler = new Sampler(pdev.iomapResource(0).access(pdev.asRef()));
    const timer = setInterval(sampler.sample.bind(sampler), 100); // expect: bindsafe/no-stored-bound-device
    return { timer };
  },
};

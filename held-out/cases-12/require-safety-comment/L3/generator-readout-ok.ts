// A platform ADC yields its channel readings from a generator helper that justifies its assumption. [class 3]
import type { devres, platform } from '@bindsafe/kernel';

function* readChannels(handle: platform.Device, io: devres.Devres<platform.IoMem>, count: number): Generator<number> {
  for (let ch = 0; ch < count; ch++) {
    // SAFETY: the generator is drained inside the destructor, while the ADC is still bound.
    yield io.access(handle.asRef().unsafeAsBound()).read32(0x100 + ch * 4);
  }
}

export class AdcData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    const last = [...readChannels(this.pdev, this.io, 8)];
    console.log(`adc: final readings ${last.join(',')}`);
  }
}

// An audio DSP logs its firmware state through a multi-line chain; the SAFETY comment stands above a safe link. [class 6]
import type { platform } from '@bindsafe/kernel';

export class DspCore {
  constructor(private readonly pdev: platform.Device) {}

  announce(version: string): void {
    this.pdev
      // SAFETY: announce is called from probe only, where the DSP is bound. // expect: bindsafe/require-safety-comment
      .asRef()
      .unsafeAsBound() // expect: bindsafe/require-safety-comment
      .info(`dsp firmware ${version}`);
  }
}

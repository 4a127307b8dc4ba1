// An audio DSP logs its firmware state through a multi-line chain; the SAFETY comment stands directly above the unsafe link. [class 6]
import type { platform } from '@bindsafe/kernel';

export class DspCore {
  constructor(private readonly pdev: platform.Device) {}

  announce(version: string): void {
    this.pdev
      .asRef()
      // SAFETY: announce is called from probe only, where the DSP is bound.
      .unsafeAsBound()
      .info(`dsp firmware ${version}`);
  }
}

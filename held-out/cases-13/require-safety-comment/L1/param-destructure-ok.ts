// A regulator core takes its ops table as a destructured parameter and justifies each @unsafe call in the loop. [class 7]
import type { device } from '@bindsafe/kernel';

export interface RegulatorOps {
  /** @unsafe The caller must guarantee that `dev` is bound while the voltage is programmed. */
  setMicrovolts(dev: device.Device, uv: number): void;
  name(dev: device.Device): string;
}

export function rampTo({ setMicrovolts, name }: RegulatorOps, dev: device.Device, steps: readonly number[]): string {
  ramp: for (const uv of steps) {
    if (uv <= 0) break ramp;
    // SAFETY: rampTo is only called by the consumer's probe, which keeps `dev` bound.
    setMicrovolts(dev, uv);
  }
  return name(dev);
}

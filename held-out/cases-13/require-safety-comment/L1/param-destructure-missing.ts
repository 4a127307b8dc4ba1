// A regulator core takes its ops table as a destructured parameter and calls the @unsafe member bare. [class 7]
import type { device } from '@bindsafe/kernel';

export interface RegulatorOps {
  /** @unsafe The caller must guarantee that `dev` is bound while the voltage is programmed. */
  setMicrovolts(dev: device.Device, uv: number): void;
  name(dev: device.Device): string;
}

export function rampTo({ setMicrovolts, name }: RegulatorOps, dev: device.Device, steps: readonly number[]): string {
  for (const uv of steps) {
    setMicrovolts(dev, uv); // expect: bindsafe/require-safety-comment
  }
  return name(dev);
}

// A SAFETY comment above a call of a same-file helper that is not @unsafe. [class 7] [class 8]
import type { device } from '@bindsafe/kernel';

function loggerFor(dev: device.Device): (msg: string) => void {
  return (msg) => console.log(`${dev.name}: ${msg}`);
}

export function trace(dev: device.Device, msg: string): void {
  // SAFETY: the device is bound while tracing. // expect: bindsafe/require-safety-comment
  loggerFor(dev)(msg);
}

// A helper returns a closure over the device; probe stores it in a module variable.
import type { device, platform } from '@bindsafe/kernel';

let errorReporter: ((message: string) => void) | undefined;

function makeReporter(dev: device.Device<device.Bound>): (message: string) => void {
  return (message) => dev.info(`error: ${message}`);
}

export const driver: platform.Driver<{ readonly ok: boolean }> = {
  name: 'held-l3-closure',
  idTable: [{ compatible: 'held,reporter' }],
  probe(pdev) {
    errorReporter = makeReporter(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { ok: true };
  },
};

export function reportError(message: string): void {
  errorReporter?.(message);
}

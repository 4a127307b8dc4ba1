// A comment above an object literal with a method does not cover the method's body: methods are no callbacks.
import type { device } from '@bindsafe/kernel';

export interface Reporter {
  report(line: string): void;
}

export function makeReporter(dev: device.Device): Reporter {
  // SAFETY: the reporter is only used by the bus callbacks of `dev`. // expect: bindsafe/require-safety-comment
  const reporter: Reporter = {
    report(line) {
      dev.unsafeAsBound().info(`[report] ${line}`); // expect: bindsafe/require-safety-comment
    },
  };
  return reporter;
}

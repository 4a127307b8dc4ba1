// `// Safety:` is not `// SAFETY:`: the unsafe call has no justification. [class 8]
import type { device } from '@bindsafe/kernel';

export function notice(dev: device.Device): void {
  // Safety: still bound here, probably.
  const bound = dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  bound.info('notice');
}

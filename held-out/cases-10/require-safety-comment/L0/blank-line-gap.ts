// A SAFETY comment separated from the unsafe call by a blank line: the comment covers nothing and the call is unjustified.
import type { pci } from '@bindsafe/kernel';

export function logTeardown(pdev: pci.Device, reason = 'remove'): void {
  // SAFETY: called from the driver's unbind only. // expect: bindsafe/require-safety-comment

  pdev.asRef().unsafeAsBound().info(`teardown: ${reason}`); // expect: bindsafe/require-safety-comment
}

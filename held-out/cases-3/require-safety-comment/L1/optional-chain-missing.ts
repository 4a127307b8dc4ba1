// An optional call through several links still calls the unsafe API, without a SAFETY comment.
import type { device } from '@bindsafe/kernel';

interface Slot {
  readonly owner?: { readonly dev?: device.Device };
}

export function announce(slot: Slot): void {
  slot.owner?.dev?.unsafeAsBound().info('slot owner announced'); // expect: bindsafe/require-safety-comment
}

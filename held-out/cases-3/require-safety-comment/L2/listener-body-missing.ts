// An unsafe call inside an EventTarget listener body has no SAFETY comment anywhere above it.
import type { device } from '@bindsafe/kernel';

export function onThermal(target: EventTarget, dev: device.Device): void {
  target.addEventListener('thermal', () => {
    const bound = dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info('thermal event');
  });
}

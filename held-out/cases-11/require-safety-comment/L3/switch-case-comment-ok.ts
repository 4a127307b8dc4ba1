// A same-file @unsafe helper with a default parameter, called in switch cases each with its own comment.
import type { device } from '@bindsafe/kernel';

type Event = { kind: 'reset' } | { kind: 'fault'; code: number } | { kind: 'idle' };

/** @unsafe `dev` must be bound to its driver during the call. */
function note(dev: device.Device, text: string, level = 'info'): void {
  // SAFETY: the caller of this @unsafe helper vouches for the binding.
  dev.unsafeAsBound().info(`${level}: ${text}`);
}

export function handle(dev: device.Device, ev: Event): number {
  switch (ev.kind) {
    case 'reset':
      // SAFETY: events are dispatched from the bound device's IRQ thread only.
      note(dev, 'reset');
      return 0;
    case 'fault':
      // SAFETY: as above, the IRQ thread runs only while `dev` is bound.
      note(dev, `fault ${ev.code}`, 'error');
      return ev.code;
    case 'idle':
      return 0;
  }
}

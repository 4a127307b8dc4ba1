// Helper module: a safe owner-name reader that checks its precondition and justifies the unsafe call inside.
import type { device } from '@bindsafe/kernel';

export type Phase = { kind: 'probing' } | { kind: 'unbinding'; reason: string };

/** The bound device's name during a bus callback; '' in any other phase. */
export function ownerName(handle: device.Device<device.Normal>, phase: Phase): string {
  switch (phase.kind) {
    case 'probing':
    case 'unbinding':
      // SAFETY: both phases are bus callbacks of this device, during which it is bound.
      return handle.unsafeAsBound().name;
  }
}

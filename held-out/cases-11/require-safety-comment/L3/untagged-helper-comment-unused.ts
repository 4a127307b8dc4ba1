// A SAFETY comment above a call of an untagged helper (whose own unsafe call is commented) covers nothing.
import type { device } from '@bindsafe/kernel';

class ProbeError extends Error {
  constructor(readonly stage: string) {
    super(`probe failed at ${stage}`);
  }
}

function announce(dev: device.Device, stage: string): void {
  if (stage === '') throw new ProbeError('unnamed');
  // SAFETY: only reached from probe, where `dev` is bound.
  dev.unsafeAsBound().info(`reached ${stage}`);
}

export function runStages(dev: device.Device): string | undefined {
  try {
    // SAFETY: `dev` is bound during probe. // expect: bindsafe/require-safety-comment
    announce(dev, 'clocks');
    return undefined;
  } catch (err) {
    if (err instanceof ProbeError) return err.stage;
    throw err;
  }
}

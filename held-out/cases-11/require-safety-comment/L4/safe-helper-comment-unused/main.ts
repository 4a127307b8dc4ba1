// A SAFETY comment above the call of an imported untagged helper covers nothing.
import type { device } from '@bindsafe/kernel';
import { logFromProbe } from './log.js';

export interface FirmwareConfig {
  readonly name: string;
  readonly retries?: number;
}

export function loadFirmware(dev: device.Device, cfg: FirmwareConfig): number {
  const retries = cfg.retries ?? 1;
  // SAFETY: `dev` is bound while probe runs. // expect: bindsafe/require-safety-comment
  logFromProbe(dev, `loading ${cfg.name} (${retries} tries)`);
  return retries;
}

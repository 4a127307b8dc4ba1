// Spawns a watchdog child and reports what it made.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface SpawnSummary {
  readonly name: string;
  readonly at: number;
}

export function spawnWatchdog(parent: device.Device<device.Bound>): SpawnSummary {
  const reg = auxiliary.Registration.new(parent, 'wdt', 0, 'held7_bmc');
  return { name: reg.name, at: Date.now() };
}

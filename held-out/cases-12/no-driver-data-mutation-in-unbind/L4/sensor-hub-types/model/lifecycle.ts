// Lifecycle bookkeeping for the sensor hub: records which sensors went offline.
import type { SensorHubData } from './types.js';

export function markOffline(hub: Readonly<SensorHubData>, reason: string): void {
  for (const sensor of hub.sensors) hub.offline.unshift(`${sensor} (${reason})`);
}

export function describe(hub: Readonly<SensorHubData>): string {
  return `${hub.sensors.length} sensors, ${hub.offline.length} offline`;
}

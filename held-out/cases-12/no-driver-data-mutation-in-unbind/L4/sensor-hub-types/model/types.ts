// The sensor hub's driver-data type, shared by its modules.
import type { devres, platform } from '@bindsafe/kernel';

export interface SensorHubData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly sensors: readonly string[];
  readonly offline: string[];
}

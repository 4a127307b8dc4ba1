// The sensor hub's driver-data type, shared by its modules.
import type { devres, platform } from '@bindsafe/kernel';
import type { OfflineLog } from './lifecycle.js';

export interface SensorHubData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly sensors: readonly string[];
  readonly offline: OfflineLog;
}

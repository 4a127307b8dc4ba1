// Subsystem-wide state: a handle of every input device of the subsystem.
import type { device } from '@bindsafe/kernel';

export const g_input_devs: device.Device[] = [];

// Helper module: subscribes a resume handler for an IoMem on the shared hotplug bus.
import type { platform } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../../cases/_shared/timing.js';

export function restoreOnResume(io: platform.IoMem, saved: number): void {
  hotplugEvents.on('resume', () => io.write32(saved, 0x00));
}

// Helper module: module-level telemetry that keeps every IoMem it is told about.
import type { platform } from '@bindsafe/kernel';

const tracked = new Set<platform.IoMem>();

export function track(io: platform.IoMem): number {
  tracked.add(io);
  return tracked.size;
}

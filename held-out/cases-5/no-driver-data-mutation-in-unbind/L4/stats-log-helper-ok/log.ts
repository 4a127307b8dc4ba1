// Formats a driver's statistics for the kernel log.
import type { device } from '@bindsafe/kernel';

export interface QueueStats {
  readonly submitted: number;
  readonly completed: number;
  readonly latencies: readonly number[];
}

export function logStats(dev: device.Device, prefix: string, stats: QueueStats): void {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
  dev.info(`${prefix}: ${stats.completed}/${stats.submitted} completed, p99 ${p99} us`);
}

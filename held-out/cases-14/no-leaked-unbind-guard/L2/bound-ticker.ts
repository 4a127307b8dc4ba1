// A tick scheduler keeps a list of tick handlers; a reporter method bound to the BAR is added to it. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class HeartbeatReporter {
  beats = 0;
  report(bar: pci.Bar): void {
    this.beats = bar.read32(0x40);
  }
}

const reporter = new HeartbeatReporter();
const tickHandlers: Array<() => void> = [];
setInterval(() => tickHandlers.forEach((tick) => tick()), 1000).unref();

export function startHeartbeat(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    tickHandlers.push(reporter.report.bind(reporter, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
  });
}

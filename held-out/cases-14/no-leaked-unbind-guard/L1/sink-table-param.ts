// A named log-sink table routes "log" events; registering a sink keeps the registration data's log array. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const sinks: Record<string, string[]> = {};

export function registerSink(dev: GpuDevice, name: string): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, { log }) => {
    sinks[name] = log; // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function emitLog(name: string, line: string): void {
  sinks[name]?.push(line);
}

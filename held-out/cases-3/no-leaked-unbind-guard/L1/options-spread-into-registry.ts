// Options built from defaults and a spread carry the guarded parent into a module-level Map.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface ProbeOptions {
  readonly retries: number;
  readonly timeoutMs: number;
  readonly parent?: pci.Device<device.Bound>;
}

const DEFAULTS: ProbeOptions = { retries: 3, timeoutMs: 100 };
const configured = new Map<string, ProbeOptions>();

export function configure(dev: GpuDevice, overrides: Partial<ProbeOptions> = {}): void {
  dev.withUnbindGuard((parent) => {
    const options: ProbeOptions = { ...DEFAULTS, ...overrides, parent };
    configured.set(dev.name, options); // expect: bindsafe/no-leaked-unbind-guard
  });
}

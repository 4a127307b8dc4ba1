// A method bound to a wrapper that holds the registration data is stored in a module Map. [class 7]
import type { GpuDevice, GpuRegData } from '../../_shared/gpu-drm.js';

class Logger {
  constructor(private readonly data: GpuRegData) {}
  write(line: string): void {
    this.data.log.push(line);
  }
}

const writers = new Map<string, (line: string) => void>();

export function installWriter(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_p, data) => {
    const logger = new Logger(data);
    writers.set(dev.name, logger.write.bind(logger)); // expect: bindsafe/no-leaked-unbind-guard
  });
}

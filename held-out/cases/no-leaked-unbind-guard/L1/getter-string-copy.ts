// A wrapper class over the registration data whose getters return strings. [class 2]
import type { GpuDevice, GpuRegData } from '../../_shared/gpu-drm.js';

class RegView {
  constructor(private readonly data: GpuRegData) {}
  get label(): string {
    return `${this.data.pdev.name}/${this.data.vramSize}`;
  }
  get entries(): number {
    return this.data.log.length;
  }
}

export const labels: string[] = [];

export function label(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const text = guard.registrationDataWith((_p, data) => {
    const view = new RegView(data);
    return `${view.label} (${view.entries})`;
  });
  labels.push(text);
}

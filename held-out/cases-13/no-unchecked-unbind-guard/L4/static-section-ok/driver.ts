// The fan controller narrows Section.open() with the imported class's static type predicate. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export class FanController {
  constructor(readonly dev: GpuDevice) {}

  setDuty(percent: number): boolean {
    const duty = Math.min(100, Math.max(0, Math.round(percent)));
    using guard = Section.open(this.dev);
    if (!Section.isOpen(guard)) return false;
    guard.registrationDataWith((_parent, data) => data.bar.write32(duty, 0x500));
    return true;
  }
}

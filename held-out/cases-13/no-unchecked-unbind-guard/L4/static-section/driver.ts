// A fan controller asserts the static Section.open() of a class from another module. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export class FanController {
  constructor(readonly dev: GpuDevice) {}

  setDuty(percent: number): void {
    const duty = Math.min(100, Math.max(0, Math.round(percent)));
    using guard = Section.open(this.dev)!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(duty, 0x500));
  }
}

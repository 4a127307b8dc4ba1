// [class 6] A renamed re-export's result is kept in an alias, then asserted with ! in a sysfs show().
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './api.js';

export const revisionAttr = {
  name: 'revision',
  show(dev: GpuDevice): string {
    const maybe = openSection(dev);
    using guard = maybe!; // expect: bindsafe/no-unchecked-unbind-guard
    return `${guard.parent.revision}\n`;
  },
};

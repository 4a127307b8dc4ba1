// A teardown plan keeps its steps in an object of async methods; the retire step opens its last file before the drop. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Step = () => Promise<number>;

export function teardownPlanOk(reg: drm.Registration<AuxDrm>): Readonly<Record<'retire', Step>> {
  const dev = reg.device();
  return {
    async retire() {
      const opened = dev.openFile().inner().opened;
      await reg.drop();
      return dev.name.length + opened;
    },
  };
}

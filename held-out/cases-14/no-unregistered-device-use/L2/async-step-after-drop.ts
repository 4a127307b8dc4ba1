// A teardown plan keeps its steps in an object of async methods; the retire step opens a file after the drop. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Step = () => Promise<number>;

export function teardownPlan(reg: drm.Registration<AuxDrm>): Readonly<Record<'retire', Step>> {
  const dev = reg.device();
  return {
    async retire() {
      await reg.drop();
      const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
      return file.inner().opened;
    },
  };
}

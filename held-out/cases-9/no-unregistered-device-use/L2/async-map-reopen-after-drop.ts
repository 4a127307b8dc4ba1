// [class 5] An async `.map` callback drops each registration and then opens a file on its device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function cycleAll(regs: readonly drm.Registration<AuxDrm>[]): Promise<number[]> {
  return Promise.all(
    regs.map(async (reg) => {
      await reg.drop();
      const file = reg.device().openFile(); // expect: bindsafe/no-unregistered-device-use
      return file.inner().opened;
    }),
  );
}

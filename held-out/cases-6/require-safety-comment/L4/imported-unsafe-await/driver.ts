// A PMIC module awaits an imported @unsafe function inside an arrow body, under a SAFETY comment.
import type { platform } from '@bindsafe/kernel';
import { hardStop } from './rails.js';

export const shutdownAll = async (io: platform.IoMem, rails: readonly number[]): Promise<void> => {
  for (const rail of rails) {
    // SAFETY: shutdownAll is only reached from the over-temperature path, after consumers stopped.
    await hardStop(io, rail);
  }
};

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-pmic-stop',
  idTable: [{ compatible: 'vendor,pmic-stop' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0).access(pdev.asRef()) };
  },
};

// A delayed self-test child is declared with `await using` inside the async timer callback. [class 1, 5]
import { auxiliary, type platform } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export const sdhciDriver: platform.Driver<{ readonly slots: number }> = {
  name: 'sdhci-soc',
  idTable: [{ compatible: 'vendor,sdhci' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    setTimeout(async () => {
      // SAFETY: the self-test timer is short and armed only from probe; the parent is still bound.
      const bound = handle.unsafeAsBound();
      await using selfTest = auxiliary.Registration.new(bound, 'selftest', 0, 'sdhci');
      await pause(1);
      bound.info(`self-test child ${selfTest.name} done`);
    }, 5);
    return { slots: 1 };
  },
};

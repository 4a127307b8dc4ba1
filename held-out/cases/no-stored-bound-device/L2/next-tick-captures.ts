// process.nextTick captures the Device<Bound> view.
import type { platform } from '@bindsafe/kernel';

export const driver: platform.Driver<{ readonly ok: true }> = {
  name: 'held-l2-tick',
  idTable: [{ compatible: 'held,tick' }],
  probe(pdev) {
    const dev = pdev.asRef();
    process.nextTick(() => dev.info('ticked')); // expect: bindsafe/no-stored-bound-device
    return { ok: true };
  },
};

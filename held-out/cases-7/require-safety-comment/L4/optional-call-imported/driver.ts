// A platform fan driver calls an imported class's @unsafe method through optional chaining, under a SAFETY comment.
import type { platform } from '@bindsafe/kernel';
import { FanController } from './controller.js';

export const driver: platform.Driver<{ readonly fan: FanController | undefined }, { readonly spinUp: boolean }> = {
  name: 'held-fan-optional',
  idTable: [{ compatible: 'vendor,fan', info: { spinUp: true } }],
  probe(pdev, info) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const fan = io.size >= 0x20 ? new FanController(io) : undefined;
    if (info?.spinUp) {
      // SAFETY: reloadCurve() runs right after on the same path.
      fan?.rawKick();
      fan?.reloadCurve();
    }
    return { fan };
  },
};

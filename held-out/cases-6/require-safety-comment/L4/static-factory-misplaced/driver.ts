// A thermal driver puts its SAFETY comment above the statement before the imported @unsafe static factory call.
import type { platform } from '@bindsafe/kernel';
import { TripWindow } from './window.js';

export const driver: platform.Driver<{ readonly trips: TripWindow }> = {
  name: 'held-thermal-trips',
  idTable: [{ compatible: 'vendor,tsens-v2' }],
  probe(pdev) {
    // SAFETY: the v2 compatible guarantees resource 1 is a trip window. // expect: bindsafe/require-safety-comment
    const io = pdev.iomapResource(1).access(pdev.asRef());
    const trips = TripWindow.fromRawUnchecked(io); // expect: bindsafe/require-safety-comment
    pdev.asRef().info(`critical trip ${trips.critical}`);
    return { trips };
  },
};

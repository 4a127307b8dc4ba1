// probe hands its bound device to a long-lived service object from another module.
import type { platform } from '@bindsafe/kernel';
import { telemetry } from './telemetry.js';

export const driver: platform.Driver<{ readonly seq: number }> = {
  name: 'held-l4-telemetry',
  idTable: [{ compatible: 'held,telemetry' }],
  probe(pdev) {
    const seq = telemetry.track(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { seq };
  },
};

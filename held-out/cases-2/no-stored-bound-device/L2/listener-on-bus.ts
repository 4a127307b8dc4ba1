// A listener registered on a long-lived event bus captures the bound device. [class 5]
import type { device, platform } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const driver: platform.Driver<{ readonly compat: string }> = {
  name: 'held2-nsbd-listener',
  idTable: [{ compatible: 'held2,listener' }],
  probe(pdev) {
    const bound: device.Device<device.Bound> = pdev.asRef();
    hotplugEvents.on('suspend', () => bound.info('suspend')); // expect: bindsafe/no-stored-bound-device
    return { compat: pdev.compatible };
  },
};

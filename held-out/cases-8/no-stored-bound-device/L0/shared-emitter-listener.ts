// A platform watchdog listens on the shared hotplug bus and kicks its IoMem from the listener.
import type { platform } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-wdt-emitter',
  idTable: [{ compatible: 'acme,wdt' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    hotplugEvents.on('resume', () => io.write32(0x5a, 0x08)); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

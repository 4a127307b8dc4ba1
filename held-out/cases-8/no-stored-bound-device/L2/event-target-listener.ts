// A platform backlight subscribes to a module-level EventTarget with a listener that writes its IoMem.
import type { platform } from '@bindsafe/kernel';

export const powerEvents = new EventTarget();

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-backlight-target',
  idTable: [{ compatible: 'acme,backlight' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    powerEvents.addEventListener('suspend', () => { io.write32(0, 0x00); }); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

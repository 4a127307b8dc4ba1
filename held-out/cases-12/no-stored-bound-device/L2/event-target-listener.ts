// A power-button driver subscribes to a module-level EventTarget with a listener over its IoMem [class 7]
import type { devres, platform } from '@bindsafe/kernel';

export const powerEvents = new EventTarget();

export const pwrkeyDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem> }> = {
  name: 'pwrkey-lite',
  idTable: [{ compatible: 'acme,pwrkey' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const window = io.access(pdev.asRef());
    powerEvents.addEventListener('suspend', () => window.write32(1, 0x4)); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

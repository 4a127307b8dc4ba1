// A platform PHY driver announces readiness from a .then continuation that captures probe's device [class 5]
import type { devres, platform } from '@bindsafe/kernel';

const firmwareReady: Promise<string> = Promise.resolve('phy-fw-1.2');

export const phyDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem> }> = {
  name: 'usb-phy-lite',
  idTable: [{ compatible: 'acme,usb-phy' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    void firmwareReady.then((fw) => pdev.asRef().info(`phy ready with ${fw}`)); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

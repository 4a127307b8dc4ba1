// A PHY driver announces readiness from .then and queueMicrotask using only copies and a handle [class 5]
import type { devres, platform } from '@bindsafe/kernel';

const firmwareReady: Promise<string> = Promise.resolve('phy-fw-1.2');
export const log: string[] = [];

export const phyDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem> }> = {
  name: 'usb-phy-lite-ok',
  idTable: [{ compatible: 'acme,usb-phy' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const name = pdev.name;
    const handle = pdev.toNormal();
    void firmwareReady.then((fw) => handle.asRef().info(`phy ready with ${fw}`));
    queueMicrotask(() => log.push(`${name}: probed`));
    return { io };
  },
};

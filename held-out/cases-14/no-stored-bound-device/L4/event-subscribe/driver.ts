// A platform display bridge subscribes its registers to system-suspend events through a PM helper module that listens on the shared bus. [class 5]
import type { platform } from '@bindsafe/kernel';
import { pm_subscribe } from './pm/suspend.js';

interface BridgeData {
  readonly io: platform.IoMem;
}

export const bridge_driver: platform.Driver<BridgeData> = {
  name: 'dsi_bridge',
  idTable: [{ compatible: 'acme,dsi-bridge' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    pm_subscribe(io, 0x3); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

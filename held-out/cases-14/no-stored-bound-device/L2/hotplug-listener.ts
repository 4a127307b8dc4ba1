// A platform thermal sensor listens on the shared hotplug bus and reads its registers in the listener. [class 7]
import type { platform } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

const TS_TEMP = 0x04;

interface TsData {
  readonly io: platform.IoMem;
}

let g_last_temp = 0;

export const ts_driver: platform.Driver<TsData> = {
  name: 'tsens',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    hotplugEvents.on('resume', () => { g_last_temp = io.read32(TS_TEMP); }); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

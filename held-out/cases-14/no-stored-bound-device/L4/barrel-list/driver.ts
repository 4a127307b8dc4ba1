// A platform keypad links its bound device onto the input core's global device list through a barrel-exported list helper. [class 6]
import type { platform } from '@bindsafe/kernel';
import { g_input_devs, list_add } from './core/index.js';

interface KpdData {
  readonly io: platform.IoMem;
  readonly index: number;
}

export const kpd_driver: platform.Driver<KpdData> = {
  name: 'keypad',
  idTable: [{ compatible: 'acme,keypad' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const index = list_add(g_input_devs, pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { io, index };
  },
};

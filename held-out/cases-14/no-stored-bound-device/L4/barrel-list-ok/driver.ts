// A platform keypad links a handle of its device onto the input core's global device list, and its key windows onto a list its data owns. [class 4]
import type { platform } from '@bindsafe/kernel';
import { g_input_devs, list_add } from './core/index.js';

interface KpdData {
  readonly rows: platform.IoMem[];
  readonly index: number;
}

export const kpd_driver: platform.Driver<KpdData> = {
  name: 'keypad',
  idTable: [{ compatible: 'acme,keypad' }],
  probe(pdev) {
    const rows: platform.IoMem[] = [];
    list_add(rows, pdev.iomapResource(0).access(pdev.asRef()));
    const index = list_add(g_input_devs, pdev.asRef().toNormal());
    return { rows, index };
  },
};

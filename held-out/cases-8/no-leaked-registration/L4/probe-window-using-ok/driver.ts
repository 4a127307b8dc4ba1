// A BMC driver opens a probe window from another module with `using`, which drops its child before probe returns. [class 1]
import type { platform } from '@bindsafe/kernel';
import { ProbeWindow } from './window.js';

interface BmcData {
  readonly banner: string;
}

export const bmcDriver: platform.Driver<BmcData> = {
  name: 'held8-bmc',
  idTable: [{ compatible: 'acme,bmc' }],
  probe(pdev) {
    using window = new ProbeWindow(pdev.asRef(), 'sensor-scan');
    return { banner: window.describe() };
  },
};

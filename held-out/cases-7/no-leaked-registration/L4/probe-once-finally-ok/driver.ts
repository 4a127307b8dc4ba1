// A WLAN card pings its firmware through an imported helper whose temporary child is dropped in a finally. [class 1]
import type { pci } from '@bindsafe/kernel';
import { firmwareAnswers } from './probe-once.js';

interface WlanData {
  readonly firmwareUp: boolean;
}

export const wlanDriver: pci.Driver<WlanData> = {
  name: 'held7-wlan',
  idTable: [{ vendor: 0x168c, device: 0x003e }],
  probe(pdev) {
    const firmwareUp = firmwareAnswers(pdev.asRef(), 'held7_wlan');
    return { firmwareUp };
  },
};

// A PCI sound card imports an @unsafe helper under a new name; its SAFETY comment sits one statement too early.
import type { device, pci } from '@bindsafe/kernel';
import { boundLabel as labelOf } from './helpers.js';

interface SndData {
  readonly handle: device.Device;
  readonly streams: number;
}

export const sndDriver: pci.Driver<SndData> = {
  name: 'h9-snd',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), streams: 4 };
  },
  unbind(pdev, data) {
    // SAFETY: the device is bound for the whole of unbind. // expect: bindsafe/require-safety-comment
    const streams = data.streams;
    const label = labelOf(data.handle); // expect: bindsafe/require-safety-comment
    pdev.asRef().info(`${label}: closed ${streams} streams`);
  },
};

// A platform firmware loader prunes unneeded blobs from the table its data holds through an `export *` barrel helper. [class 6]
import type { platform } from '@bindsafe/kernel';
import { prune } from './util/index.js';

const ESSENTIAL: ReadonlySet<string> = new Set(['boot']);

class FirmwareData {
  readonly blobs: Record<string, Uint8Array> = { boot: new Uint8Array(4), dsp: new Uint8Array(8) };
  get totalBytes(): number {
    return Object.values(this.blobs).reduce((n, b) => n + b.byteLength, 0);
  }
}

export const firmwareDriver: platform.Driver<FirmwareData> = {
  name: 'acc-fw',
  idTable: [{ compatible: 'acme,fw' }],
  probe: () => new FirmwareData(),
  unbind(pdev, data) {
    const size = data.totalBytes;
    const removed = prune(data.blobs, ESSENTIAL); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`acc-fw: ${size} bytes, pruned ${removed.length}`);
  },
};

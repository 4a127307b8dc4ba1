// A media driver's unbind collects channel names into a local array from a `forEach` callback. [class 7]
import type { pci } from '@bindsafe/kernel';

interface MediaData {
  readonly channels: readonly { readonly name: string; readonly frames: number }[];
}

export const driver: pci.Driver<MediaData> = {
  name: 'held6-dm-medialog',
  idTable: [{ vendor: 0x1131, device: 0x7160 }],
  probe() {
    return { channels: [{ name: 'cap0', frames: 0 }, { name: 'cap1', frames: 0 }] };
  },
  unbind(_pdev, data) {
    const lines: string[] = [];
    data.channels.forEach((c) => lines.push(`${c.name}: ${c.frames} frames`));
    const totals = new Map<string, number>();
    data.channels.forEach((c) => totals.set(c.name, c.frames));
    console.info(lines.join('\n'), totals.size);
  },
};

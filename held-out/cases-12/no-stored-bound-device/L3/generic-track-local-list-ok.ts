// A platform LED driver appends its IoMem with a generic helper to a list it creates and keeps in its data [class 4]
import type { devres, platform } from '@bindsafe/kernel';

function track<T>(list: T[], item: T): number {
  return list.push(item);
}

interface LedData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly windows: platform.IoMem[];
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'led-lite-ok',
  idTable: [{ compatible: 'acme,led' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const windows: platform.IoMem[] = [];
    track(windows, io.access(pdev.asRef()));
    return { io, windows };
  },
};

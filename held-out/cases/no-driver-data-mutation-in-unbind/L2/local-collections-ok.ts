// unbind mutates only collections it created, also inside callbacks.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly fences: ReadonlyMap<number, string>; readonly queue: readonly string[] }> = {
  name: 'held-nddm-local',
  idTable: [{ vendor: 0x8086, device: 0x4050 }],
  probe() {
    return { fences: new Map([[1, 'a']]), queue: ['x', 'y'] };
  },
  unbind(pdev, data) {
    const pending = new Set<number>();
    data.fences.forEach((_label, id) => pending.add(id));
    const lines: string[] = [];
    data.queue.forEach((item) => lines.push(item.toUpperCase()));
    lines.sort();
    pending.clear();
    pdev.asRef().info(lines.join(' '));
  },
};

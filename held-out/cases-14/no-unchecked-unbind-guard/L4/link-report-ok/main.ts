// A PCIe link report walks a card list with an index-based iterator and destructures the parent out of the imported helper's guard alias after a typeof check. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './pci/sections.js';

export function linkReport(cards: readonly GpuDevice[]): string {
  const lines: string[] = [];
  for (const [index, card] of cards.entries()) {
    using held = openSection(card);
    if (typeof held === 'undefined') {
      lines.push(`${index}: unplugged`);
      continue;
    }
    const { parent } = held;
    lines.push(`${index}: ${parent.name} ${parent.vendorId.toString(16)}:${parent.deviceId.toString(16)}`);
  }
  return lines.join('\n');
}

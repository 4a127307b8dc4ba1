// A firmware loader's unbind appends retired image names to the data's list through a rest-parameter helper.
import type { pci } from '@bindsafe/kernel';

interface FwData {
  readonly loaded: readonly string[];
  readonly retired: string[];
}

function retire(into: string[], ...names: string[]): number {
  return into.push(...names);
}

export const fwDriver: pci.Driver<FwData> = {
  name: 'held7-fw',
  idTable: [{ vendor: 0x14e4, device: 0x4727 }],
  probe() {
    return { loaded: ['boot.bin', 'dsp.bin'], retired: [] };
  },
  unbind(pdev, data) {
    const count = retire(data.retired, ...data.loaded); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`fw: ${count} images retired`);
  },
};

// An auxiliary MMC host aliases its retired-card list and appends to it through Array.prototype.unshift.call. [class 8]
import type { auxiliary } from '@bindsafe/kernel';

interface MmcData {
  readonly cards: { readonly retired: string[]; readonly active: readonly string[] };
}

export const mmcDriver: auxiliary.Driver<MmcData> = {
  name: 'h11-mmc',
  idTable: [{ modname: 'h11_soc', name: 'mmc' }],

  probe() {
    return { cards: { retired: [], active: ['sd0'] } };
  },

  unbind(adev, data) {
    const { retired, active } = data.cards;
    Array.prototype.unshift.call(retired, ...active); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`mmc: ${retired.length} cards retired`);
  },
};

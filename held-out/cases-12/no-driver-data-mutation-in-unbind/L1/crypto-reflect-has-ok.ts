// An auxiliary crypto engine checks its key slots through Reflect.apply(Set.prototype.has, …) and collects the unused ones locally. [class 8]
import type { auxiliary } from '@bindsafe/kernel';

interface KeySlots {
  readonly total: number;
  readonly seen: Set<number>;
}

interface CryptoData {
  readonly slots: KeySlots;
  readonly label: string;
}

export const cryptoDriver: auxiliary.Driver<CryptoData> = {
  name: 'qat-crypto',
  idTable: [{ modname: 'qat', name: 'crypto' }],
  probe(adev) {
    return { slots: { total: 8, seen: new Set<number>() }, label: `qat-crypto.${adev.id}` };
  },
  unbind(adev, data) {
    const { slots } = data;
    const unused = new Set<number>();
    for (let slot = 0; slot < slots.total; slot++) {
      if (Reflect.apply(Set.prototype.has, slots.seen, [slot])) continue;
      Reflect.apply(Set.prototype.add, unused, [slot]);
    }
    adev.asRef().info(`${data.label}: ${unused.size} key slots never used`);
  },
};

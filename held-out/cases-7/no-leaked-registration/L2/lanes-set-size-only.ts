// A SerDes block adds a child per lane to a local Set in a forEach callback but returns only the Set's size. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface SerdesData {
  readonly lanes: number;
}

export const serdesDriver: platform.Driver<SerdesData, { lanes: number[] }> = {
  name: 'held7-serdes',
  idTable: [{ compatible: 'vendor,serdes', info: { lanes: [0, 1, 2, 3] } }],
  probe(pdev, info) {
    const live = new Set<auxiliary.Registration>();
    (info?.lanes ?? [0]).forEach((lane) => {
      live.add(auxiliary.Registration.new(pdev.asRef(), 'serdes-lane', lane, 'held7_serdes')); // expect: bindsafe/no-leaked-registration
    });
    return { lanes: live.size };
  },
};

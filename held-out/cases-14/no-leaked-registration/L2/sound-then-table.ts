// A sound card resolves its DAI table asynchronously and, in the `.then` callback, creates each DAI child and keeps none. [class 5]
import { auxiliary, type platform } from '@bindsafe/kernel';

const DAIS = [
  { name: 'i2s', id: 0 },
  { name: 'pdm', id: 1 },
] as const;

interface CardData {
  readonly ready: Promise<number>;
}

export const soundCardDriver: platform.Driver<CardData> = {
  name: 'sound-card',
  idTable: [{ compatible: 'acme,sound-card' }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const ready = Promise.resolve(DAIS).then((table) => {
      // SAFETY: the card stays bound while its DAI table is resolved; unbind waits for nothing here, which the author accepted.
      const parent = handle.asRef().unsafeAsBound();
      for (const dai of table) {
        auxiliary.Registration.new(parent, dai.name, dai.id, 'sound_card'); // expect: bindsafe/no-leaked-registration
      }
      return table.length;
    });
    return { ready };
  },
};

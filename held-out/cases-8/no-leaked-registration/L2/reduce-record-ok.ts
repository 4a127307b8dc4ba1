// A power sequencer reduces its rail names into a record of children kept by the driver data. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

type Rail = 'core' | 'io' | 'pll';

interface SeqData {
  readonly rails: Partial<Record<Rail, auxiliary.Registration>>;
}

export const seqDriver: platform.Driver<SeqData> = {
  name: 'held8-pwrseq',
  idTable: [{ compatible: 'acme,pwrseq' }],
  probe(pdev) {
    const order: Rail[] = ['core', 'io', 'pll'];
    const rails = order.reduce<Partial<Record<Rail, auxiliary.Registration>>>((acc, rail, i) => {
      acc[rail] = auxiliary.Registration.new(pdev.asRef(), `rail-${rail}`, i, 'held8_pwrseq');
      return acc;
    }, {});
    return { rails };
  },
};

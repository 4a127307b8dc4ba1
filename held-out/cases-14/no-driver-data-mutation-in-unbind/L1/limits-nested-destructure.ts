// An auxiliary power-sequencer destructures a nested limits record (with defaults and rest) out of its data and overwrites a field. [class 6]
import type { auxiliary } from '@bindsafe/kernel';

interface Limits { maxMilliamps: number; rampUs: number }
interface SeqConfig { readonly limits: Limits; readonly rails: readonly string[]; readonly label: string }

export const seqDriver: auxiliary.Driver<{ readonly config: SeqConfig; readonly railCount: number }> = {
  name: 'acc-powerseq',
  idTable: [{ modname: 'acc_pmic', name: 'seq' }],
  probe(adev) {
    const config: SeqConfig = { limits: { maxMilliamps: 1500, rampUs: 40 }, rails: ['vdd', 'vddio'], label: `seq.${adev.id}` };
    return {
      config,
      get railCount(): number {
        return config.rails.length;
      },
    };
  },
  unbind(adev, data) {
    const { config: { limits, label = 'seq', ...others } } = data;
    adev.asRef().info(`${label}: ${others.rails.length} rails`);
    limits.maxMilliamps = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

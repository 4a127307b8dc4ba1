// An auxiliary crypto engine tallies its job kinds into a Map unbind creates, through a same-file helper.
import type { auxiliary } from '@bindsafe/kernel';

type Job = { readonly kind: 'aes' | 'sha'; readonly bytes: number };

interface CryptoData {
  readonly jobs: readonly Job[];
}

function tally(acc: Map<string, number>, job: Job): Map<string, number> {
  acc.set(job.kind, (acc.get(job.kind) ?? 0) + job.bytes);
  return acc;
}

export const cryptoDriver: auxiliary.Driver<CryptoData> = {
  name: 'h11-crypto',
  idTable: [{ modname: 'h11_soc', name: 'crypto' }],

  probe() {
    return { jobs: [{ kind: 'aes', bytes: 64 }, { kind: 'sha', bytes: 32 }] as const };
  },

  unbind(adev, data) {
    const perKind = new Map<string, number>();
    for (const job of data.jobs) tally(perKind, job);
    adev.asRef().info(`crypto: ${[...perKind].map(([k, v]) => `${k}:${v}`).join(' ')}`);
  },
};

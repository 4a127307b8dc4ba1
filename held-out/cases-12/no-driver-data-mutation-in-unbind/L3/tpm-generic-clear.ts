// An auxiliary TPM interface clears its handle cache through a generic same-file arrow helper. [class 2]
import type { auxiliary } from '@bindsafe/kernel';

interface TpmData {
  readonly locality: number;
  readonly handles: Map<number, string>;
  readonly pcrsRead: Set<number>;
}

const forgetAll = <K, V>(cache: Map<K, V>): number => {
  const n = cache.size;
  cache.clear();
  return n;
};

const countOf = <T,>(items: ReadonlySet<T>): number => items.size;

export const tpmDriver: auxiliary.Driver<TpmData> = {
  name: 'tpm-aux',
  idTable: [{ modname: 'tpm_crb', name: 'tpm' }],
  probe(adev) {
    return { locality: adev.id, handles: new Map([[0x81000001, 'srk']]), pcrsRead: new Set([0, 7]) };
  },
  unbind(adev, data) {
    const flushed = forgetAll(data.handles); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`tpm-aux: flushed ${flushed} handles, ${countOf(data.pcrsRead)} PCRs read`);
  },
};

// An auxiliary TPM interface gives a generic same-file helper that clears maps only a Map it built itself in unbind. [class 2]
import type { auxiliary } from '@bindsafe/kernel';

interface TpmData {
  readonly locality: number;
  readonly handles: Map<number, string>;
}

const forgetAll = <K, V>(cache: Map<K, V>): number => {
  const n = cache.size;
  cache.clear();
  return n;
};

export const tpmDriver: auxiliary.Driver<TpmData> = {
  name: 'tpm-aux',
  idTable: [{ modname: 'tpm_crb', name: 'tpm' }],
  probe(adev) {
    return { locality: adev.id, handles: new Map([[0x81000001, 'srk']]) };
  },
  unbind(adev, data) {
    const transient = new Map<number, string>();
    for (const [handle, label] of data.handles) {
      if (handle < 0x81000000) transient.set(handle, label);
    }
    const flushed = forgetAll(transient);
    adev.asRef().info(`tpm-aux: flushed ${flushed} transient handles of ${data.handles.size}`);
  },
};

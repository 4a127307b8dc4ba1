// An auxiliary sensor hub reaches an optional stats record with ?. through its driver data and resets a field when present. [class 6]
import type { auxiliary } from '@bindsafe/kernel';

interface HubStats { errors: number; samples: number }
interface HubData {
  readonly diag?: { readonly stats: HubStats };
  readonly sensorCount: number;
}

export const hubDriver: auxiliary.Driver<HubData, boolean> = {
  name: 'acc-sensorhub',
  idTable: [{ modname: 'acc_ish', name: 'hub', info: true }],
  probe(adev, withDiag) {
    const stats: HubStats = { errors: 0, samples: 0 };
    return withDiag === true ? { diag: { stats }, sensorCount: 3 } : { sensorCount: 3 };
  },
  unbind(adev, data) {
    const stats = data.diag?.stats;
    if (stats !== undefined) {
      stats.errors = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};

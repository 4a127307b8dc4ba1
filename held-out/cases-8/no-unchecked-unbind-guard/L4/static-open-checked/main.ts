// An imported static factory passes the guard on; the caller checks === undefined in a getter.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { SectionGate } from './gate.js';

export class ConnectorStatus {
  constructor(private readonly dev: GpuDevice, private readonly gate = SectionGate.shared()) {}

  get connected(): boolean {
    using guard = this.gate.open(this.dev);
    if (guard === undefined) return false;
    return guard.registrationDataWith((_p, data) => (data.counters['hpd'] ?? 0) > 0);
  }
}

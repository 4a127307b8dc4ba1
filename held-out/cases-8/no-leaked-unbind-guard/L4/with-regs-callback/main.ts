// Valid: a power-gating routine reads and writes the BAR only inside the callback a helper module runs.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { withRegs } from './regs.js';

export type GateResult = { kind: 'gated'; mask: number } | { kind: 'busy' } | { kind: 'gone' };

export function gateIdle(dev: drm.Device<GpuDrm>): GateResult {
  return withRegs<GateResult>(dev, { kind: 'gone' }, (bar) => {
    const busy = bar.read32(0x800);
    if (busy !== 0) return { kind: 'busy' };
    let mask = 0;
    let unit = 0;
    do {
      mask |= 1 << unit;
      unit++;
    } while (unit < 4);
    bar.write32(mask, 0x804);
    return { kind: 'gated', mask };
  });
}

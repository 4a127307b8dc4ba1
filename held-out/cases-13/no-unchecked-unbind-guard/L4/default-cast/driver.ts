// Clock gating casts the result of the default-exported enter() to a guard. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import enter from './enter.js';

export const GATE = { off: 0, on: 1 } as const;
export type GateState = (typeof GATE)[keyof typeof GATE];

export function gateClocks(dev: GpuDevice, gate: GateState): void {
  using guard = enter(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  guard.registrationDataWith((_parent, data) => data.bar.write32(gate, 0x600));
}

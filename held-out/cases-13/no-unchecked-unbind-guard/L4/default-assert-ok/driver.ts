// Clock gating narrows the default-exported enter()'s result with an imported assertion function. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import enter from './enter.js';
import { assertHeld } from './guards.js';

export const GATE = { off: 0, on: 1 } as const;
export type GateState = (typeof GATE)[keyof typeof GATE];

export function gateClocks(dev: GpuDevice, gate: GateState): void {
  using guard = enter(dev);
  assertHeld(guard, 'gateClocks');
  guard.registrationDataWith((_parent, data) => data.bar.write32(gate, 0x600));
}

// A config-driven probe step reads the parent's device id only when telemetry is enabled, then casts the conditional "guard or undefined" to a guard. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const TelemetryLevel = { Off: 0, Basic: 1, Full: 2 } as const;
export type TelemetryLevel = (typeof TelemetryLevel)[keyof typeof TelemetryLevel];

export function* deviceIds(cards: readonly GpuDevice[], level: TelemetryLevel): Generator<number> {
  for (const card of cards) {
    let id: number;
    {
      using guard = (level !== TelemetryLevel.Off ? card.unbindGuard() : undefined) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
      id = guard.parent.deviceId;
    }
    yield id;
  }
}

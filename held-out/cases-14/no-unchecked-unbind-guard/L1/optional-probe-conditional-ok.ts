// A config-driven probe step reads the parent's device id only when telemetry is enabled, reading through `?.` so an unplugged card yields -1. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const TelemetryLevel = { Off: 0, Basic: 1, Full: 2 } as const;
export type TelemetryLevel = (typeof TelemetryLevel)[keyof typeof TelemetryLevel];

export function* deviceIds(cards: readonly GpuDevice[], level: TelemetryLevel): Generator<number> {
  for (const card of cards) {
    let id: number;
    {
      using guard = level !== TelemetryLevel.Off ? card.unbindGuard() : undefined;
      id = guard?.parent.deviceId ?? -1;
    }
    yield id;
  }
}

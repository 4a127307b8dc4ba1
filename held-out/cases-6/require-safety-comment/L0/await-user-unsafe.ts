// A regulator controller with its own @unsafe async method, awaited under a SAFETY comment.
import type { device } from '@bindsafe/kernel';

export class RailController {
  constructor(readonly owner: device.Device<device.Normal>) {}

  /**
   * Cuts the rail without ramping down.
   *
   * @unsafe The caller must guarantee that every consumer of the rail is already off.
   */
  async forceOff(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
  }
}

export async function emergencyShutdown(rails: readonly RailController[]): Promise<number> {
  let done = 0;
  for (const rail of rails) {
    // SAFETY: emergencyShutdown runs after the thermal core powered every consumer down.
    await rail.forceOff();
    done++;
  }
  return done;
}

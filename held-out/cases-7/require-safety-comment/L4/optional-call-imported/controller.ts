// Helper module: a fan controller class with an @unsafe kick method.
import type { platform } from '@bindsafe/kernel';

export class FanController {
  constructor(private readonly io: platform.IoMem) {}

  /**
   * Spins the fan to full speed, bypassing the thermal curve.
   *
   * @unsafe The caller must guarantee the curve is reloaded afterwards.
   */
  rawKick(): void {
    this.io.write32(0xff, 0x10);
  }

  reloadCurve(): void {
    this.io.write32(1, 0x14);
  }
}

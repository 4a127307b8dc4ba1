// Helper module: a thermal window class with an @unsafe static factory.
import type { platform } from '@bindsafe/kernel';

export class TripWindow {
  private constructor(private readonly io: platform.IoMem) {}

  /**
   * Wraps the IoMem without validating the window layout.
   *
   * @unsafe The caller must guarantee the resource is a trip window of the v2 layout.
   */
  static fromRawUnchecked(io: platform.IoMem): TripWindow {
    return new TripWindow(io);
  }

  get critical(): number {
    return this.io.read32(0x0c);
  }
}

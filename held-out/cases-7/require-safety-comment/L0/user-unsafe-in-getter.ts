// A platform clock class calls its own @unsafe method from a getter, with a SAFETY comment inside the getter.
import type { platform } from '@bindsafe/kernel';

class ClockGate {
  constructor(private readonly io: platform.IoMem, private enabled = false) {}

  /**
   * Reads the rate register without checking the gate.
   *
   * @unsafe The caller must guarantee the gate is enabled; a gated clock reads back garbage.
   */
  rawRate(): number {
    return this.io.read32(0x08);
  }

  enable(): void {
    this.io.write32(1, 0x00);
    this.enabled = true;
  }

  get rate(): number {
    if (!this.enabled) return 0;
    // SAFETY: `enabled` was checked just above and is only set after the gate was opened.
    return this.rawRate();
  }
}

export const driver: platform.Driver<ClockGate> = {
  name: 'held-clk-getter',
  idTable: [{ compatible: 'vendor,clk-gate' }],
  probe(pdev) {
    const gate = new ClockGate(pdev.iomapResource(0).access(pdev.asRef()));
    gate.enable();
    if (gate.rate === 0) pdev.asRef().info('clock reports rate 0');
    return gate;
  },
};

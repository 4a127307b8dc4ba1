// A platform pinctrl driver builds a per-bank, per-pin list with nested Array.from callbacks; one SAFETY comment above the statement covers both.
import type { device, platform } from '@bindsafe/kernel';

interface PinctrlData {
  readonly handle: device.Device;
  readonly banks: number;
}

/**
 * Reads a pin's mux register bypassing the lock.
 *
 * @unsafe The caller must hold the pinctrl lock or be the only user (probe, unbind).
 */
function muxOf(bank: number, pin: number): number {
  return (bank << 8) | pin;
}

export const driver: platform.Driver<PinctrlData> = {
  name: 'held-pinctrl-nested',
  idTable: [{ compatible: 'vendor,pinctrl' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), banks: 2 };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind is the only user of the pin controller now; nothing else takes the lock.
    const table = Array.from({ length: data.banks }, (_, bank) =>
      Array.from({ length: 4 }, (_unused, pin) => {
        const mux = muxOf(bank, pin);
        return mux & 0xff;
      }),
    );
    data.handle.toNormal().info(`pin table ${table.flat().join(',')}`);
  },
};

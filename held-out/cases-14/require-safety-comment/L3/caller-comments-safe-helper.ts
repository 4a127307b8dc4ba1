// A platform clock tree's caller justifies a call of a safe same-file helper that already carries its own SAFETY comment. [class 3]
import type { device } from '@bindsafe/kernel';

function rateLine(dev: device.Device, hz: number): string {
  // SAFETY: only called while the clock provider's driver data is being dropped, i.e. still bound.
  const name = dev.unsafeAsBound().name;
  return `${name}: ${hz >= 1e6 ? `${hz / 1e6} MHz` : `${hz} Hz`}`;
}

export const dumpRates = (dev: device.Device, rates: Record<string, number>): string[] =>
  Object.entries(rates).flatMap(([clk, hz]) => {
    // SAFETY: the provider is bound while we dump. // expect: bindsafe/require-safety-comment
    const line = rateLine(dev, hz);
    return clk.startsWith('_') ? [] : [`${clk} ${line}`];
  });

// A PWM driver's same-file @unsafe helper is called from switch cases, each under its own SAFETY comment.
import type { pci } from '@bindsafe/kernel';

/**
 * Programs the period register with the output enabled.
 *
 * @unsafe The caller must guarantee the channel is disabled or glitches are acceptable.
 */
function writePeriodLive(bar: pci.Bar, channel: number, ns: number): void {
  bar.write32(ns, 0x20 + channel * 8);
}

type Mode = 'backlight' | 'fan' | 'off';

export const driver: pci.Driver<{ readonly bar: pci.Bar }, { readonly mode: Mode }> = {
  name: 'held-pwm-mode',
  idTable: [{ vendor: 0x8086, device: 0x4dc8, info: { mode: 'fan' } }],
  probe(pdev, info) {
    const bar = pdev.iomapRegion(0, 'pwm').access(pdev.asRef());
    switch (info?.mode ?? 'off') {
      case 'backlight':
        // SAFETY: the panel is still off during probe, so a glitch is invisible.
        writePeriodLive(bar, 0, 5_000_000);
        break;
      case 'fan':
        // SAFETY: a fan tolerates one short period glitch.
        writePeriodLive(bar, 1, 40_000);
        break;
      default:
        break;
    }
    return { bar };
  },
};

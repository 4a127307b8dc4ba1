// A multi-BAR accelerator walks its registration data's BARs with forEach and records each ID word in a module-level list. [class 7]
import type { drm, pci } from '@bindsafe/kernel';

interface AccelRegData {
  readonly bars: readonly pci.Bar[];
  readonly engines: number;
}
type AccelDrm = drm.Driver<{ readonly name: string }, AccelRegData, {}, 'pci'>;

const idWords: number[] = [];

const nonEmpty = (bar: pci.Bar): boolean => bar.read32(0) !== 0xffff_ffff;

export function mapEngines(dev: drm.Device<AccelDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const local: pci.Bar[] = [];
    data.bars.filter(nonEmpty).forEach((bar) => {
      local.push(bar);
      idWords.push(bar.read32(0));
    });
    return local.length;
  });
}

// A PCI telemetry card puts a SAFETY comment above a call of its own generic, safe helper: above nothing unsafe.
import type { devres, pci } from '@bindsafe/kernel';

function firstOr<T>(items: readonly T[], fallback: T): T {
  return items.length > 0 ? (items[0] as T) : fallback;
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly rate: number }> = {
  name: 'held8-telemetry-generic',
  idTable: [{ vendor: 0x1d0f, device: 0x0001 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'telemetry');
    const bar = regs.access(pdev.asRef());
    const rates = [bar.read32(0x00), bar.read32(0x04)].filter((r) => r > 0);
    // SAFETY: the rates were read while bound. // expect: bindsafe/require-safety-comment
    const rate = firstOr(rates, 1000);
    return { regs, rate };
  },
};

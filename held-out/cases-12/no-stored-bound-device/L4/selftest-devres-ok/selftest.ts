import type { devres, pci } from '@bindsafe/kernel';

/** Starts the self-test later, through the revocable container: a no-op once the device is unbound. */
export default function scheduleSelftest(regs: devres.Devres<pci.Bar>, delayMs = 250): Promise<boolean> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(regs.tryAccessWith((bar) => bar.write8(1, 0x0)) !== undefined), delayMs);
  });
}

// A PCI RAID controller's ops table mixes safe and @unsafe entries; the destructured @unsafe one is called bare. [class 6, class 7]
import type { device, pci } from '@bindsafe/kernel';

export const raidOps = {
  /** @unsafe The caller must guarantee that `dev` is bound while the call runs. */
  pin: (dev: device.Device): string => {
    // SAFETY: the caller of this @unsafe entry guarantees the binding.
    const bound = dev.unsafeAsBound();
    return `${bound.name}:pinned`;
  },
  label: (dev: device.Device): string => `${dev.name}:raid`,
} satisfies Record<string, (dev: device.Device) => string>;

export const teardownLine = (pdev: pci.Device, disks: readonly number[]): string => {
  const { pin, label } = raidOps;
  const [primary = 0, ...spares] = disks;
  return `${label(pdev.asRef())} ${pin(pdev.asRef())} primary=${primary} spares=${spares.length}`; // expect: bindsafe/require-safety-comment
};

// A PCI scanner assigns its BAR to a variable of an enclosing factory closure kept at module level.
import type { device, pci } from '@bindsafe/kernel';

function makeDriver(): { driver: pci.Driver<{ readonly ok: boolean }>; peek(): number } {
  let seen: pci.Bar | undefined;
  return {
    driver: {
      name: 'h10-scan-outer',
      idTable: [{ vendor: 0x8086, device: 0x2001 }],
      probe(pdev) {
        const bar = pdev.iomapRegion(0, 'scan').access(pdev.asRef());
        seen = bar; // expect: bindsafe/no-stored-bound-device
        return { ok: true };
      },
    },
    peek: () => seen?.read32(0) ?? -1,
  };
}
export const scanner = makeDriver();
export const driver = scanner.driver;

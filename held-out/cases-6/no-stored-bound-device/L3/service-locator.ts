// An audio codec offers its Bar to a module-level service locator whose provide() keeps it in a private Map.
import type { pci } from '@bindsafe/kernel';

class ServiceLocator {
  readonly #services = new Map<string, pci.Bar>();

  provide(key: string, service: pci.Bar): void {
    this.#services.set(key, service);
  }

  has(key: string): boolean {
    return this.#services.has(key);
  }
}

const locator = new ServiceLocator();

export const driver: pci.Driver<{ readonly streams: number }> = {
  name: 'held-codec',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'hda').access(pdev.asRef());
    locator.provide(`hda:${pdev.name}`, bar); // expect: bindsafe/no-stored-bound-device
    return { streams: bar.read16(0x00) & 0xf };
  },
};

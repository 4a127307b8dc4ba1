// A module-level telemetry service that samples the attached Bar on demand.
import type { pci } from '@bindsafe/kernel';

export class Telemetry {
  private bar: pci.Bar | null = null;

  attach(bar: pci.Bar): void {
    this.bar = bar;
  }

  sample(): number {
    return this.bar?.read32(0x200) ?? 0;
  }
}

export const telemetry = new Telemetry();

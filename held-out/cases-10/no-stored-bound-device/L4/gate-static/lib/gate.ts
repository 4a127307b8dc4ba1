import type { device, pci } from '@bindsafe/kernel';
export class Gate {
  static readonly open: Gate[] = [];
  constructor(readonly label: string, private readonly io: pci.Bar) {
    Gate.open.push(this);
  }
  poke(): void {
    this.io.write8(1, 0);
  }
}

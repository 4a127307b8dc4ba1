// Two port children are made in probe order, swapped by array destructuring when the board wires them reversed, and kept as a tuple in the data. [class 6]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Board {
  readonly reversed: boolean;
}

interface Serial {
  readonly regs: devres.Devres<pci.Bar>;
  readonly ports: readonly [auxiliary.Registration, auxiliary.Registration];
}

export const serialDriver: pci.Driver<Serial, Board> = {
  name: 'held5c-serial',
  idTable: [
    { vendor: 0x1415, device: 0xc158, info: { reversed: false } },
    { vendor: 0x1415, device: 0xc15d, info: { reversed: true } },
  ],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held5c-serial');
    let a = auxiliary.Registration.new(pdev.asRef(), 'uart', 0, 'held5c_serial');
    let b = auxiliary.Registration.new(pdev.asRef(), 'uart', 1, 'held5c_serial');
    if (info?.reversed) [a, b] = [b, a];
    return { regs, ports: [a, b] };
  },
};

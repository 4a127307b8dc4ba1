// The IRQ handler uses the Bar (fine: its registration is owned by the data) and pdev.asRef(), a Device<Core>.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly irq: pci.IrqRegistration;
  readonly regs: devres.Devres<pci.Bar>;
  readonly events: number[];
}

export const driver: pci.Driver<Data> = {
  name: 'held-l2-irq-bar',
  idTable: [{ vendor: 0x1b36, device: 0x0038 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-irq-bar');
    const bar = regs.access(pdev.asRef());
    const dev = pdev.asRef();
    const events: number[] = [];
    const irq = pdev.requestIrq(0, 'held-l2-irq-bar', () => { // expect: bindsafe/no-stored-bound-device
      const cause = bar.read32(0x14);
      events.push(cause);
      bar.write32(cause, 0x14);
      dev.info(`irq ${cause}`);
    });
    return { irq, regs, events };
  },
};

import { describe, expect, it } from 'vitest';
import { errors, Kernel, type pci } from '@bindsafe/kernel';

describe('IRQ registrations', () => {
  it('runs the handler while registered, frees it on dispose, and at unbind at the latest', async () => {
    const kernel = new Kernel();
    const hits: string[] = [];
    let early: pci.IrqRegistration | undefined;
    const pdev = await kernel.pci.addDevice({ vendor: 1, device: 1, irqs: 2 });
    await kernel.pci.registerDriver({
      name: 'irq',
      idTable: [{ vendor: 1, device: 1 }],
      probe(dev) {
        early = dev.requestIrq(0, 'early', () => hits.push('early'));
        return { late: dev.requestIrq(1, 'late', () => hits.push('late')) };
      },
    });
    expect(kernel.raiseIrq(pdev, 0)).toBe(true);
    expect(kernel.raiseIrq(pdev, 1)).toBe(true);
    early?.[Symbol.dispose]();
    expect(early?.freed).toBe(true);
    expect(kernel.raiseIrq(pdev, 0)).toBe(false);
    await kernel.unbind(pdev);
    expect(kernel.raiseIrq(pdev, 1)).toBe(false);
    expect(hits).toEqual(['early', 'late']);
    expect(kernel.formatLog(['irq'])).toContain('IRQ 1 -> late');
  });

  it('refuses a missing line (EINVAL) and a line already requested (EBUSY)', async () => {
    const second = new Kernel();
    const outcomes: string[] = [];
    await second.platform.addDevice({ name: 'soc.irq', compatible: 'test,irq', irqs: 1 });
    await second.platform.registerDriver({
      name: 'platirq',
      idTable: [{ compatible: 'test,irq' }],
      probe(dev) {
        const line = dev.requestIrq(0, 'a', () => undefined);
        for (const index of [0, 1]) {
          try {
            dev.requestIrq(index, 'b', () => undefined);
          } catch (error) {
            outcomes.push(`${(error as errors.KernelError).code}: ${(error as Error).message}`);
          }
        }
        return { line };
      },
    });
    expect(outcomes).toEqual([
      'EBUSY: platform.Device.requestIrq(): IRQ 0 of platform soc.irq is already requested',
      'EINVAL: platform.Device.requestIrq(): platform soc.irq has no IRQ 1 (it has 1)',
    ]);
  });
});

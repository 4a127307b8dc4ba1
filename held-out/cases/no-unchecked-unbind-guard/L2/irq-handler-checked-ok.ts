// An IRQ handler that handles the unplugged case.
import type { devres, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export const peers: GpuDevice[] = [];

export const driver: pci.Driver<{ readonly irq: pci.IrqRegistration; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-nuug-irq',
  idTable: [{ vendor: 0x1b36, device: 0x0060 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nuug-irq');
    const irq = pdev.requestIrq(0, 'held-nuug-irq', () => {
      for (const peer of peers) {
        const guard = peer.unbindGuard();
        if (guard === undefined) continue;
        try {
          guard.parent.asRef().info('peer irq');
        } finally {
          guard.release();
        }
      }
    });
    return { irq, regs };
  },
};

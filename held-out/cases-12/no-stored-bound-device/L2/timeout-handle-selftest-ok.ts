// A PCI test device schedules a delayed self-test through its Devres container and a Normal handle [class 5]
import type { devres, pci } from '@bindsafe/kernel';

export const selftestDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-selftest-ok',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'selftest');
    const handle = pdev.toNormal();
    setTimeout(() => {
      const ok = regs.tryAccessWith((bar) => bar.write8(1, 0x0)) !== undefined;
      handle.asRef().info(ok ? 'self-test started' : 'gone before self-test');
    }, 500);
    return { regs };
  },
};

// A PCI crypto engine drains its queue in forEach; one comment covers a call outside the callback, another the one inside. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export function drain(pdev: pci.Device, regs: devres.Devres<pci.Bar>, jobs: readonly number[]): number {
  let done = 0;
  // SAFETY: drain runs from probe's self-test only, where the engine is bound.
  regs.access(pdev.asRef().unsafeAsBound()).write32(jobs.length, 0x104);
  jobs.forEach((job) => {
    // SAFETY: the self-test runs synchronously inside probe, where the engine is bound.
    const bar = regs.access(pdev.asRef().unsafeAsBound());
    bar.write32(job, 0x100);
    done++;
  });
  return done;
}

// A PCI crypto engine drains its queue in forEach; the callback has its own SAFETY comment, so the outer one covers nothing. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export function drain(pdev: pci.Device, regs: devres.Devres<pci.Bar>, jobs: readonly number[]): number {
  let done = 0;
  // SAFETY: drain runs from probe's self-test only. // expect: bindsafe/require-safety-comment
  jobs.forEach((job) => {
    // SAFETY: the self-test runs synchronously inside probe, where the engine is bound.
    const bar = regs.access(pdev.asRef().unsafeAsBound());
    bar.write32(job, 0x100);
    done++;
  });
  return done;
}

// A method of an ops object tagged @unsafe is destructured under another name and called in a loop without a SAFETY comment. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export const doorbells = {
  /**
   * Rings a queue's doorbell on a raw Bar, bypassing the Devres revocation check.
   *
   * @unsafe The caller must guarantee that the device is bound and BAR 0 is still mapped.
   */
  ringRaw(bar: pci.Bar, queue: number): void {
    bar.write32(queue, 0x1000 + queue * 8);
  },

  /** Rings a queue's doorbell if the device is still bound. */
  ring(regs: devres.Devres<pci.Bar>, queue: number): boolean {
    return (
      regs.tryAccessWith((bar) => {
        bar.write32(queue, 0x1000 + queue * 8);
        return true;
      }) ?? false
    );
  },
};

export function kickAll(bar: pci.Bar, queues: readonly number[]): void {
  const { ringRaw: ring } = doorbells;
  for (const queue of queues) ring(bar, queue); // expect: bindsafe/require-safety-comment
}

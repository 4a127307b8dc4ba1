// Deferred async work keeps only the Devres and a handle; it re-checks the binding each time.
import type { devres, platform } from '@bindsafe/kernel';
import { pause } from '../../_shared/timing.js';

async function pollLater(name: string, res: devres.Devres<platform.IoMem>, rounds: number): Promise<number> {
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    await pause(10);
    const value = res.tryAccessWith((mem) => mem.read32(0x10));
    if (value === undefined) break;
    total += value;
  }
  console.log(`${name}: ${total}`);
  return total;
}

export const driver: platform.Driver<{ readonly res: devres.Devres<platform.IoMem> }> = {
  name: 'held-nsbd-async-ok',
  idTable: [{ compatible: 'held,poll' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    void pollLater(pdev.toNormal().name, res, 3);
    return { res };
  },
};

// A SoC glue driver hands each child to an imported (barrel) registry that keeps it in a module array.
import type { platform } from '@bindsafe/kernel';
import { adopt } from './children/index.js';

interface GlueData {
  readonly blocks: readonly string[];
}

export const glueDriver: platform.Driver<GlueData> = {
  name: 'held7-glue',
  idTable: [{ compatible: 'vendor,soc-glue' }],
  probe(pdev) {
    const blocks = ['crypto', 'rng'] as const;
    for (const block of blocks) {
      adopt(pdev.asRef(), block); // expect: bindsafe/no-leaked-registration
    }
    return { blocks };
  },
};

// A platform LCD controller builds its display pipe with an imported builder and keeps only the pipe's name. [class 4]
import type { platform } from '@bindsafe/kernel';
import { DisplayPipeBuilder } from './lib/index.js';

export const lcdcDriver: platform.Driver<{ readonly pipe: string }> = {
  name: 'lcdc-lite',
  idTable: [{ compatible: 'acme,lcdc' }],
  probe(pdev) {
    const { pipeName } = new DisplayPipeBuilder().named(`${pdev.compatible}-pipe`).build(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { pipe: pipeName };
  },
};

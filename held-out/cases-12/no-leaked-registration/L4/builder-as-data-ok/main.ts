// A platform LCD controller builds its display pipe with an imported builder and returns the built pipe as its driver data. [class 4]
import type { platform } from '@bindsafe/kernel';
import { DisplayPipeBuilder, type DisplayPipe } from './lib/index.js';

export const lcdcDriver: platform.Driver<DisplayPipe> = {
  name: 'lcdc-lite',
  idTable: [{ compatible: 'acme,lcdc' }],
  probe(pdev) {
    return new DisplayPipeBuilder().named(`${pdev.compatible}-pipe`).build(pdev.asRef());
  },
};

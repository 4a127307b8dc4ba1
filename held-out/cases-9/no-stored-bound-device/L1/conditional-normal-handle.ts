// A platform LED driver keeps an optional Device<Normal> handle chosen by a conditional in a module `let`.
import type { platform } from '@bindsafe/kernel';

let indicator: platform.Device | undefined;

export const driver: platform.Driver<{ readonly bright: number }, { readonly primary: boolean }> = {
  name: 'held9-led-handle',
  idTable: [{ compatible: 'acme,led', info: { primary: true } }],
  probe(pdev, info) {
    const handle = info?.primary ? pdev.toNormal() : undefined;
    indicator = handle ?? indicator;
    return { bright: 128 };
  },
};

// A platform GPIO expander caches its IoMem in a module-level WeakMap keyed by the id-table config object.
import type { platform } from '@bindsafe/kernel';

interface ExpanderConfig {
  readonly lines: number;
}

const windows = new WeakMap<ExpanderConfig, platform.IoMem>();
const defaultConfig: ExpanderConfig = { lines: 16 };

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly lines: number }, ExpanderConfig> = {
  name: 'held8-gpio-weakmap',
  idTable: [{ compatible: 'acme,gpio-exp', info: { lines: 32 } }],
  probe(pdev, info) {
    const cfg = info ?? defaultConfig;
    const io = pdev.iomapResource(0).access(pdev.asRef());
    windows.set(cfg, io); // expect: bindsafe/no-stored-bound-device
    return { io, lines: cfg.lines };
  },
};

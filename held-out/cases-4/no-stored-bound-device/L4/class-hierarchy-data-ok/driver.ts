// probe builds its driver data with a static factory of a class hierarchy in another module; the protected fields hold the Device<Bound> and the Bar. [class 4]
import type { pci } from '@bindsafe/kernel';
import { VideoEngine } from './engine.js';

export const codecDriver: pci.Driver<VideoEngine> = {
  name: 'held-vcodec',
  idTable: [{ vendor: 0x1e60, device: 0x2128 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const engine = VideoEngine.create(pdev.asRef(), pdev.iomapRegion(0, 'held-vcodec'));
    engine.start();
    return engine;
  },
};

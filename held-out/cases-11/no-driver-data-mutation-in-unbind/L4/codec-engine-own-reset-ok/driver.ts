// An auxiliary audio codec resets its engine in unbind through the engine's own method, defined in another module. [class 4]
import type { auxiliary } from '@bindsafe/kernel';
import { CodecEngine } from './engine/index.js';

interface CodecData {
  readonly engine: CodecEngine;
}

export const codecDriver: auxiliary.Driver<CodecData> = {
  name: 'h11-codec',
  idTable: [{ modname: 'h11_media', name: 'codec' }],

  probe() {
    return { engine: CodecEngine.create([1, 2]) };
  },

  unbind(adev, data) {
    const cancelled = data.engine.reset();
    adev.asRef().info(`codec: ${cancelled} cancelled, epoch ${data.engine.epoch}`);
  },
};

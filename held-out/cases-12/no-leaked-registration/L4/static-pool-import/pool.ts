// A process-wide pool of codec children, kept in a static field.
import { auxiliary, type device } from '@bindsafe/kernel';

export abstract class CodecPool {
  static readonly #codecs: auxiliary.Registration[] = [];

  static get size(): number {
    return CodecPool.#codecs.length;
  }

  static adopt(parent: device.Device<device.Bound>, kind: 'h264' | 'hevc' | 'av1'): number {
    CodecPool.#codecs.push(auxiliary.Registration.new(parent, `vpu-${kind}`, CodecPool.#codecs.length, 'vpu_lite'));
    return CodecPool.size;
  }
}

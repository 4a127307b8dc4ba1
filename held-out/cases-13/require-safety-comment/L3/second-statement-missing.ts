// A platform audio codec's helper takes two bound views in two statements; only the first is justified.
import type { devres, platform } from '@bindsafe/kernel';

export interface CodecPair {
  readonly codec: platform.Device;
  readonly amp: platform.Device;
  readonly codecIo: devres.Devres<platform.IoMem>;
  readonly ampIo: devres.Devres<platform.IoMem>;
}

function mute(pair: CodecPair): void {
  // SAFETY: the codec is the device whose probe is running.
  pair.codecIo.access(pair.codec.asRef().unsafeAsBound()).write32(0, 0x20);
  pair.ampIo.access(pair.amp.asRef().unsafeAsBound()).write32(0, 0x04); // expect: bindsafe/require-safety-comment
}

export function shutdown(pair: CodecPair): string {
  mute(pair);
  return `${pair.codec.name}+${pair.amp.name}`;
}

// A video encoder creates per-core children with `Array.from` but returns only how many it made.
import { auxiliary, type platform } from '@bindsafe/kernel';

interface EncoderData {
  readonly cores: number;
}

export const driver: platform.Driver<EncoderData, { cores: number }> = {
  name: 'held6-venc',
  idTable: [{ compatible: 'vendor,venc-v3', info: { cores: 2 } }],
  probe(pdev, info) {
    const parent = pdev.asRef();
    const children = Array.from({ length: info?.cores ?? 1 }, (_, i) =>
      auxiliary.Registration.new(parent, 'venc-core', i, 'held6_venc'), // expect: bindsafe/no-leaked-registration
    );
    return { cores: children.length };
  },
};

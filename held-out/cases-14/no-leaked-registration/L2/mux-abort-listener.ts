// A mux controller creates a fallback child from an abort listener on the AbortController its data keeps; the child is kept nowhere. [class 5]
import { auxiliary, type platform } from '@bindsafe/kernel';

const FALLBACK = { name: 'mux-fallback', id: 0 } as const;

interface MuxData {
  readonly cancel: AbortController;
}

export const muxDriver: platform.Driver<MuxData> = {
  name: 'mux-ctl',
  idTable: [{ compatible: 'acme,mux-ctl' }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const cancel = new AbortController();
    cancel.signal.addEventListener('abort', () => {
      // SAFETY: the controller is aborted only by the data's owner while the mux is bound.
      const parent = handle.asRef().unsafeAsBound();
      auxiliary.Registration.new(parent, FALLBACK.name, FALLBACK.id, 'mux_ctl'); // expect: bindsafe/no-leaked-registration
    });
    return { cancel };
  },
};

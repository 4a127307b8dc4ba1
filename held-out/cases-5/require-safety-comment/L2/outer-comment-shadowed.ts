// The statement writing a forEach callback has a SAFETY comment, but the callback has its own comment above the call: the outer one covers nothing.
import type { auxiliary, device } from '@bindsafe/kernel';

export class ChildList {
  readonly children: auxiliary.Device[] = [];

  announce(message: string): void {
    // SAFETY: children are only listed while bound. // expect: bindsafe/require-safety-comment
    this.children.forEach((child) => {
      // SAFETY: a child is dropped from the list in its unbind, so each listed child is bound here.
      const bound: device.Device<device.Bound> = child.asRef().unsafeAsBound();
      bound.info(message);
    });
  }
}

export const list = new ChildList();

export const childDriver: auxiliary.Driver<{ readonly id: number }> = {
  name: 'held-aux-child',
  idTable: [{ modname: 'held_mfd', name: 'cell' }],
  probe(adev) {
    list.children.push(adev.toNormal());
    list.announce(`cell ${adev.id} up`);
    return { id: adev.id };
  },
  unbind(adev) {
    const at = list.children.findIndex((c) => c.name === adev.name);
    if (at >= 0) list.children.splice(at, 1);
  },
};

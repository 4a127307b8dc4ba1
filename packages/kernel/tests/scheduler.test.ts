import { describe, expect, it } from 'vitest';
import { Kernel, type PendingWork } from '@bindsafe/kernel';

describe('the scheduler', () => {
  it('runs deferred work and sleepers in a deterministic order, one item per turn', async () => {
    const kernel = new Kernel({ scheduling: 'manual' });
    const order: string[] = [];
    kernel.defer('a', () => order.push('a'));
    kernel.defer('b', () => order.push('b'));
    void kernel.sleep(1).then(() => order.push('sleep 1'));
    expect(kernel.scheduler.pending().map((work) => work.label)).toEqual(['a', 'b', 'sleep']);
    expect(await kernel.step()).toBe(true);
    expect(order).toEqual(['a']);
    await kernel.settle();
    expect(order).toEqual(['a', 'b', 'sleep 1']);
    expect(kernel.turn).toBe(3);
    expect(await kernel.step()).toBe(false);
  });

  it('lets the picker choose the interleaving', async () => {
    const seen: (readonly PendingWork[])[] = [];
    const kernel = new Kernel({
      scheduling: 'manual',
      pick: (ready) => {
        seen.push(ready);
        return ready.length - 1;
      },
    });
    const order: string[] = [];
    for (const label of ['x', 'y', 'z']) kernel.defer(label, () => order.push(label));
    await kernel.settle();
    expect(order).toEqual(['z', 'y', 'x']);
    expect(seen.map((ready) => ready.map((work) => work.label).join(''))).toEqual(['xyz', 'xy', 'x']);
    kernel.scheduler.setPicker(undefined);
    for (const label of ['p', 'q']) kernel.defer(label, () => order.push(label));
    await kernel.settle();
    expect(order.slice(3)).toEqual(['p', 'q']);
  });

  it('runs by itself in auto mode and logs work that fails', async () => {
    const kernel = new Kernel();
    let ran = false;
    kernel.defer('ok', () => (ran = true));
    kernel.defer('broken', () => {
      throw new Error('boom');
    });
    kernel.defer('rejects', async () => Promise.reject(new Error('later boom')));
    await kernel.sleep(5);
    expect(ran).toBe(true);
    expect(kernel.formatLog(['work-failed']).split('\n')).toEqual([
      '[t=2] scheduler                      work-failed: broken: Error: boom',
      '[t=3] scheduler                      work-failed: rejects: Error: later boom',
    ]);
  });

  it('rejects a bad grace period', () => {
    expect(() => new Kernel({ graceTurns: 0 })).toThrow('graceTurns must be a positive integer, got 0');
  });

  it('prints events as they happen when asked to', async () => {
    const lines: string[] = [];
    const events: string[] = [];
    const kernel = new Kernel({ print: (line) => lines.push(line), onEvent: (event) => events.push(`${event.seq}:${event.kind}`) });
    await kernel.pci.addDevice({ vendor: 1, device: 2 });
    expect(lines).toEqual(['[t=0] pci 0000:00:01.0               device-added: added']);
    expect(events).toEqual(['1:device-added']);
    const printed: string[] = [];
    kernel.printLog((line) => printed.push(line));
    expect(printed).toEqual(lines);
  });
});

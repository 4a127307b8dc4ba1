/** The GSP message queue: the IRQ handler and unbind reach it only through its methods. */
export class GspQueue {
  readonly #pending: string[] = [];
  #open = true;
  push(message: string): void {
    if (this.#open) this.#pending.push(message);
  }
  close(): number {
    this.#open = false;
    return this.#pending.splice(0).length;
  }
}

/** Closes every queue through its own method. */
export function closeAll(queues: ReadonlyMap<string, GspQueue>): number {
  let n = 0;
  queues.forEach((q) => {
    n += q.close();
  });
  return n;
}

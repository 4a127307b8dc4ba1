// A generic FIFO helper: appends an item to the queue it is given.
export class Fifo {
  static enqueue<T>(queue: T[], item: T): number {
    queue.push(item);
    return queue.length;
  }
}

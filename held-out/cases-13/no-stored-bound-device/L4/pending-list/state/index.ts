export { waitingForSupplier } from './pending.js';
export { Fifo } from './queue.js';

// Barrel of the DMA library.
export { enqueueBar, pendingCount } from './queue.js';

export { Ring } from './ring.js';

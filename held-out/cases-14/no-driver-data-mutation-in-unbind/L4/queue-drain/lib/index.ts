export { drain, peek } from './queues.js';

export { subscribe } from './events.js';

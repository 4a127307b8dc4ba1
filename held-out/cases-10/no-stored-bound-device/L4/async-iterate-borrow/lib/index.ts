export { chunks } from './chunks.js';

export { register } from './registry.js';

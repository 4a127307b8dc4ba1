export { spawnChild } from './spawn.js';

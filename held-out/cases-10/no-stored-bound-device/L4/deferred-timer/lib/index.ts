export { deferKick } from './defer.js';

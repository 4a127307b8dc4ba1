export { AudioData } from './data.js';

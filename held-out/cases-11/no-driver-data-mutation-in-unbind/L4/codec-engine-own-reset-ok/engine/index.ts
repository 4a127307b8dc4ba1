// Barrel for the codec engine.
export { CodecEngine } from './engine.js';

export { addEntries } from './builder.js';

export { describe, type HasName } from './describe.js';

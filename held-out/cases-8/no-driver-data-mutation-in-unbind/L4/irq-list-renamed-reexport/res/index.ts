export { disposeAll as releaseAll } from './release.js';

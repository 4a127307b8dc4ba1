export { rememberConsole as adoptConsole, earlyWrite } from './console.js';

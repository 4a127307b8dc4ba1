export { managedChild as makeManagedChild } from './managed.js';

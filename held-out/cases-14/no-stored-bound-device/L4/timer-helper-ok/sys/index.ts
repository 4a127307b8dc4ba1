export * from './deferred.js';

export * from './reference.js';
export * from './organisation.js';
export * from './system.js';
export * from './identity.js';
export * from './registry.js';
export * from './placement.js';

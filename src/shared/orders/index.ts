export * from './state-machine.js';
export * from './persisted.js';
export * from './prerequisites.js';
export * from './file-name.js';

export * from './anchors.js';
export * from './ca-names.js';
export * from './ans-extensions.js';
export * from './classify-usage.js';
export * from './dn.js';
export * from './recognize-family.js';
export * from './recognize.js';
export * from './profile.js';

export * from './subject-spec.js';
export * from './text-checks.js';
export * from './fqdn.js';
export * from './cn-rules.js';
export * from './messages.js';
export * from './subject-sources.js';
export * from './build-subject.js';
export * from './subject-warnings.js';

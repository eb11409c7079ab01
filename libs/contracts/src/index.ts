export * from './auth';
export * from './org';
export * from './survey';
export * from './analytics';
export * from './programmes';
export * from './delivery';
export * from './pulse-engine';
export * from './lifecycle';

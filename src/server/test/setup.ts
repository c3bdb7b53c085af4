import { afterEach, vi } from 'vitest';

// An unexpected console.error in a test is a failure (epic-stack habit): tests that expect one spy on it.
afterEach(() => {
  vi.restoreAllMocks();
});
const original = console.error;
console.error = (...args: unknown[]) => {
  original(...args);
  throw new Error(`console.error called in a test: ${args.map(String).join(' ').slice(0, 300)}`);
};

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs out of the box: port 3000, ./data, embedded database, Indonesian', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: path.resolve('data'), databaseKind: 'pglite', DEFAULT_LANGUAGE: 'id', JOBS: true });
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' }).databaseKind).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: '' }).databaseKind).toBe('pglite');
  });

  it('names every bad variable at once, without echoing a connection string', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://root:rahasia@x/y', TIME_ZONE: 'Asia/Jakarta' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(message).toMatch(/PORT: .*\(got "abc"\)/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/DATABASE_URL: .*\(hidden\)/);
    expect(message).not.toContain('rahasia');
  });

  it('refuses an unknown time zone', () => {
    expect(() => loadConfig({ TIME_ZONE: 'Asia/Palembang' })).toThrow(/TIME_ZONE/);
  });
});

import { describe, expect, it } from 'vitest';
import { versionCache } from '@/lib/http/version-cache';

describe('results kept by stored version', () => {
  it('computes once for simultaneous and later requests of one key', async () => {
    const cache = versionCache<number>(4);
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    expect(await Promise.all([cache('a@1', compute), cache('a@1', compute), cache('a@1', compute)])).toEqual([1, 1, 1]);
    expect(await cache('a@1', compute)).toBe(1);
    expect(await cache('a@2', compute)).toBe(2);
  });

  it('forgets a computation that failed or whose result it refuses, so the next request runs it again', async () => {
    const cache = versionCache<string>(4, (value) => value !== 'busy');
    await expect(cache('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache('k', () => Promise.resolve('busy'))).toBe('busy');
    expect(await cache('k', () => Promise.resolve('done'))).toBe('done');
    expect(await cache('k', () => Promise.resolve('again'))).toBe('done');
  });

  it('keeps at most `max` keys, dropping the least recently used', async () => {
    const cache = versionCache<string>(2);
    await cache('a', () => Promise.resolve('a1'));
    await cache('b', () => Promise.resolve('b1'));
    await cache('a', () => Promise.resolve('a2'));
    await cache('c', () => Promise.resolve('c1'));
    expect(await cache('a', () => Promise.resolve('a3'))).toBe('a1');
    expect(await cache('b', () => Promise.resolve('b2'))).toBe('b2');
  });
});

import { describe, expect, it } from '@jest/globals';
import { listState, pageQuery } from './paged-list.js';
import { toggled } from './lists.js';
import { optionalNumber, optionalText } from './form-values.js';

type F = { status: string; reveal: boolean };
const start = { filters: { status: '', reveal: false } as F, offset: 100 };

describe('a filtered list fetched by pages', () => {
  it('goes back to the first page when a filter changes', () => {
    expect(listState(start, { type: 'filter', filters: { status: 'dead' } })).toEqual({
      filters: { status: 'dead', reveal: false },
      offset: 0,
    });
  });

  it('keeps the page for a change of view only', () => {
    const next = listState(start, { type: 'filter', filters: { reveal: true }, keepPage: true });
    expect(next).toEqual({ filters: { status: '', reveal: true }, offset: 100 });
  });

  it('returns the same state when nothing changes, so nothing is fetched again', () => {
    const first = { ...start, offset: 0 };
    expect(listState(first, { type: 'filter', filters: { status: '' } })).toBe(first);
    expect(listState(start, { type: 'page', offset: 100 })).toBe(start);
    expect(listState(start, { type: 'page', offset: 150 }).offset).toBe(150);
  });

  it('asks for the filters that are set', () => {
    expect(pageQuery({ status: 'dead', rule: '', reveal: true, all: false }, 50, 100)).toBe(
      'limit=50&offset=100&status=dead&reveal=true',
    );
  });
});

describe('form helpers', () => {
  it('adds an item once and removes it', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('reads an empty number field as no limit and back', () => {
    expect(optionalText(null)).toBe('');
    expect(optionalText(0)).toBe('0');
    expect(optionalNumber('')).toBeNull();
    expect(optionalNumber(' ')).toBeNull();
    expect(optionalNumber('12')).toBe(12);
  });
});

import { integralBound, meetsBound } from './integral.js';

describe('integral objectives', () => {
  it('rounds a bound up to the next integer, forgiving float noise', () => {
    expect(integralBound(1000.5)).toBe(1001);
    expect(integralBound(1001.000000000007)).toBe(1001);
    expect(integralBound(1000.999999)).toBe(1001);
    expect(integralBound(1001.2)).toBe(1002);
  });

  it('calls an objective proven when no integer objective lies under it and above the bound', () => {
    expect(meetsBound(1001, 1000.5)).toBe(true);
    expect(meetsBound(1000.9999999988943, 1001.000000000007)).toBe(true);
    expect(meetsBound(1002, 1000.5)).toBe(false);
    expect(meetsBound(1002, 1001.000000000007)).toBe(false);
  });
});

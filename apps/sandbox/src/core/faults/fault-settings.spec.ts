import { SandboxControlError } from '../contracts.js';
import { defaultFaultSettings } from '../context.js';
import { parseFaultPatch } from './fault-settings.js';

function fieldOf(body: unknown): string | undefined {
  try {
    parseFaultPatch(body, defaultFaultSettings());
  } catch (error) {
    if (error instanceof SandboxControlError) return `${error.status}:${error.field ?? ''}`;
    throw error;
  }
  return undefined;
}

describe('parseFaultPatch', () => {
  it('accepts a valid partial patch', () => {
    expect(parseFaultPatch({ errorRate: 0.5, revoked: true }, defaultFaultSettings())).toEqual({ errorRate: 0.5, revoked: true });
    expect(parseFaultPatch({}, defaultFaultSettings())).toEqual({});
  });

  it.each([
    [{ errorRate: 1.5 }, '400:errorRate'],
    [{ errorRate: '0.5' }, '400:errorRate'],
    [{ errorStatus: 200 }, '400:errorStatus'],
    [{ burst429: -1 }, '400:burst429'],
    [{ burst429: 2.5 }, '400:burst429'],
    [{ malformedRate: null }, '400:malformedRate'],
    [{ revoked: 'yes' }, '400:revoked'],
    [{ latencyMinMs: 500 }, '400:latencyMinMs'],
    [{ latencyMinMs: 10, latencyMaxMs: 5 }, '400:latencyMinMs'],
    [{ latncyMaxMs: 5 }, '400:latncyMaxMs'],
  ])('refuses %j naming the field', (body, expected) => {
    expect(fieldOf(body)).toBe(expected);
  });

  it('refuses a body that is not an object', () => {
    expect(fieldOf([1])).toBe('400:');
    expect(fieldOf('fast')).toBe('400:');
  });

  it('checks min ≤ max against the current settings', () => {
    const current = { ...defaultFaultSettings(), latencyMinMs: 50, latencyMaxMs: 100 };
    expect(() => parseFaultPatch({ latencyMaxMs: 20 }, current)).toThrow(/latencyMinMs \(50\) must not exceed latencyMaxMs \(20\)/);
    expect(parseFaultPatch({ latencyMaxMs: 80 }, current)).toEqual({ latencyMaxMs: 80 });
  });
});

import { administrationHealth } from './administration-health.js';

describe('administrationHealth', () => {
  it('needs a reconnect whenever the connection is not active, whatever the runs say', () => {
    expect(administrationHealth('needs_reconnect', ['succeeded', 'succeeded', 'succeeded'])).toBe('needs_reconnect');
    expect(administrationHealth('revoked', [])).toBe('needs_reconnect');
  });

  it('is unknown before any run finished', () => {
    expect(administrationHealth('active', [])).toBe('unknown');
  });

  it.each([
    [['succeeded'], 'healthy'],
    [['partial', 'succeeded'], 'healthy'],
    [['failed'], 'degraded'],
    [['failed', 'failed'], 'failing'],
    [['failed', 'failed', 'failed'], 'failing'],
    [['succeeded', 'failed'], 'degraded'],
    [['succeeded', 'failed', 'failed'], 'degraded'],
    [['succeeded', 'succeeded', 'failed'], 'degraded'],
    [['failed', 'succeeded', 'succeeded'], 'degraded'],
    [['succeeded', 'partial', 'succeeded'], 'healthy'],
  ])('with the last runs %j (newest first) is %s', (statuses, expected) => {
    expect(administrationHealth('active', statuses)).toBe(expected);
  });

  it('returns to healthy only after three successes in a row', () => {
    const history: string[] = [];
    const after = (status: string): string => {
      history.unshift(status);
      return administrationHealth('active', history);
    };
    expect(['failed', 'failed', 'failed'].map(after)).toEqual(['degraded', 'failing', 'failing']);
    expect(['succeeded', 'succeeded', 'succeeded'].map(after)).toEqual(['degraded', 'degraded', 'healthy']);
    expect(after('failed')).toBe('degraded');
  });

  it('looks at the last three finished runs only', () => {
    expect(administrationHealth('active', ['succeeded', 'succeeded', 'succeeded', 'failed', 'failed'])).toBe('healthy');
    expect(administrationHealth('active', ['failed', 'failed', 'failed', 'succeeded'])).toBe('failing');
  });
});

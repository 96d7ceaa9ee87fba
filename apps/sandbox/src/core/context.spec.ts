import { createSandboxContext, defaultFaultSettings, WRITE_BACK_LOG_LIMIT } from './context.js';

describe('createSandboxContext', () => {
  it('starts with all faults off, empty stats and the given clock and base URL', () => {
    const context = createSandboxContext({ seed: 1, now: '2026-05-01', baseUrl: 'http://127.0.0.1:5000/' });
    expect(context.faults('snelstart')).toEqual(defaultFaultSettings());
    expect(context.faults('snelstart')).toMatchObject({ errorRate: 0, burst429: 0, revoked: false });
    expect(context.stats('exact-online')).toEqual({ calls: 0, rateLimited429: 0, refreshTokenReuse: 0, errors: 0 });
    expect(context.clock.today()).toBe('2026-05-01');
    expect(context.baseUrl()).toBe('http://127.0.0.1:5000');
  });

  it('keeps faults and stats separate per platform and live for platform modules', () => {
    const context = createSandboxContext({ seed: 1 });
    context.setFaults('e-boekhouden', { revoked: true, errorRate: 0.5 });
    context.stats('snelstart').refreshTokenReuse++;
    expect(context.faults('e-boekhouden')).toMatchObject({ revoked: true, errorRate: 0.5, errorStatus: 500 });
    expect(context.faults('exact-online').revoked).toBe(false);
    expect(context.stats('snelstart').refreshTokenReuse).toBe(1);
    expect(context.stats('e-boekhouden').refreshTokenReuse).toBe(0);

    context.resetFaults('e-boekhouden');
    context.resetStats();
    expect(context.faults('e-boekhouden')).toEqual(defaultFaultSettings());
    expect(context.stats('snelstart').refreshTokenReuse).toBe(0);
  });

  it('stamps write-backs with the sandbox clock and filters them per platform', () => {
    const context = createSandboxContext({ seed: 1, now: '2026-05-01T10:00:00Z' });
    const entry = { administrationKey: 'adm-1', kind: 'memo', method: 'POST', path: '/x', body: { a: 1 } };
    context.recordWriteBack({ platform: 'snelstart', ...entry });
    context.clock.advance(1_000);
    context.recordWriteBack({ platform: 'exact-online', ...entry });

    expect(context.writeBacks('snelstart')).toEqual([{ platform: 'snelstart', ...entry, at: '2026-05-01T10:00:00.000Z' }]);
    expect(context.writeBacks()).toHaveLength(2);
    context.clearWriteBacks('snelstart');
    expect(context.writeBacks().map((item) => item.platform)).toEqual(['exact-online']);
  });

  it('caps the write-back log, dropping the oldest entries', () => {
    const context = createSandboxContext({ seed: 1 });
    for (let i = 0; i < WRITE_BACK_LOG_LIMIT + 5; i++) {
      context.recordWriteBack({ platform: 'snelstart', administrationKey: 'a', kind: 'memo', method: 'POST', path: '/', body: i });
    }
    const log = context.writeBacks();
    expect(log).toHaveLength(WRITE_BACK_LOG_LIMIT);
    expect(log[0]?.body).toBe(5);
  });

  it('replays the random sequence after reseeding, through the same object', () => {
    const context = createSandboxContext({ seed: 9 });
    const { random } = context;
    const first = [random.next(), random.next()];
    context.reseed(9);
    expect([random.next(), random.next()]).toEqual(first);
    expect(context.seed).toBe(9);
  });
});

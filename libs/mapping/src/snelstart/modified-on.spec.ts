import { latestModifiedOn } from './modified-on.js';

describe('latestModifiedOn (§4.6 cursor)', () => {
  it('returns the latest stamp verbatim, comparing instants, not strings', () => {
    const rows = [{ modifiedOn: '2026-05-03T09:14:22.5' }, { modifiedOn: ' 2026-05-03T09:14:22.517 ' }, { modifiedOn: '2026-05-03T09:14:22.51' }];
    expect(latestModifiedOn(rows, 'Europe/Amsterdam')).toBe('2026-05-03T09:14:22.517');
  });

  it('ignores rows without a readable stamp, and gives null when none has one', () => {
    expect(latestModifiedOn([{ modifiedOn: 'x' }, null, { modifiedOn: '2026-01-01T00:00:00' }, { modifiedOn: '0001-01-01T00:00:00' }], 'UTC')).toBe('2026-01-01T00:00:00');
    expect(latestModifiedOn([{}, 'row', { modifiedOn: 12 }], 'UTC')).toBeNull();
  });
});

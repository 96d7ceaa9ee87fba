import { readCallbackParams } from './callback-params.js';

describe('readCallbackParams', () => {
  it('reads code, state and error', () => {
    expect(readCallbackParams({ code: 'XTzM!IAAA', state: 's1' })).toEqual({ code: 'XTzM!IAAA', state: 's1', error: null });
    expect(readCallbackParams({ error: 'access_denied', state: 's1', error_description: 'no' })).toEqual({ code: null, state: 's1', error: 'access_denied' });
  });

  it('treats repeated, empty or non-string parameters as absent', () => {
    expect(readCallbackParams({ code: ['a', 'b'], state: '  ', error: { nested: 'x' } })).toEqual({ code: null, state: null, error: null });
    expect(readCallbackParams({})).toEqual({ code: null, state: null, error: null });
  });
});

import { exactSignedContent } from './exact-signed-content.js';

describe('exactSignedContent', () => {
  it('cuts out the Content text as sent, spacing and key order included', () => {
    const content = '{ "Topic":"Accounts", "Division":1,"Note":"a,\\"HashCode\\":\\"x" }';
    const body = Buffer.from(`{"Content":${content},"HashCode":"${'A'.repeat(64)}"}\n`);
    expect(exactSignedContent(body).toString('utf8')).toBe(content);
  });

  it('refuses a body without the HashCode framing', () => {
    expect(() => exactSignedContent(Buffer.from('{"HashCode":"AB"}'))).toThrow(RangeError);
  });
});

import { connectedPage, errorPage, escapeHtml } from './callback-pages.js';

describe('callback pages', () => {
  it('escapes everything that came from Exact', () => {
    const { status, html } = connectedPage('Exact Online (Jan)', [{ externalId: '123', name: '<script>alert("x")</script> & Zn' }], null);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Zn');
    expect(html).toContain('(123)');
  });

  it('shows a warning and an empty grant', () => {
    const { html } = connectedPage('C', [], 'Webhooks could not be set up');
    expect(html).toContain('granted no administrations');
    expect(html).toContain('Webhooks could not be set up');
  });

  it('builds error pages with their status', () => {
    expect(errorPage(400, 'Link expired', "it's gone").status).toBe(400);
    expect(errorPage(400, 'Link expired', "it's gone").html).toContain('it&#39;s gone');
    expect(escapeHtml('a"b')).toBe('a&#34;b');
  });
});

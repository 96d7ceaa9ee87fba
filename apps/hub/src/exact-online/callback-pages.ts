// The small HTML pages the browser sees at the end of the connect flow, when no redirectAfter
// was given or the flow failed. Every value is escaped: division names come from Exact.

export interface HtmlPage {
  status: number;
  html: string;
}

export function connectedPage(connectionName: string, administrations: readonly { externalId: string; name: string }[], warning: string | null): HtmlPage {
  const items = administrations.map((administration) => `<li>${escapeHtml(administration.name)} <small>(${escapeHtml(administration.externalId)})</small></li>`);
  const list = items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>Exact Online granted no administrations.</p>';
  const note = warning === null ? '' : `<p class="warning">${escapeHtml(warning)}</p>`;
  return {
    status: 200,
    html: page('Exact Online connected', `<p>${escapeHtml(connectionName)} is connected. Administrations:</p>${list}${note}<p>You can close this window.</p>`),
  };
}

export function errorPage(status: number, title: string, message: string): HtmlPage {
  return { status, html: page(title, `<p>${escapeHtml(message)}</p><p>Start the connection again from debtor-hub.</p>`) };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · debtor-hub</title></head>` +
    `<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

// The HTML Exact shows at /api/oauth2/auth: who is logged in, which app asks, and the division
// scoping choice (§1.2: "the user picks which divisions the app may use"), with Approve/Deny
// posting back to the same URL. Also the error page shown instead of redirecting to an
// unregistered redirect_uri.

export interface ConsentPageModel {
  appName: string;
  clientId: string;
  redirectUri: string;
  responseType: string;
  state: string;
  users: ReadonlyArray<{ userName: string; fullName: string }>;
  selectedUser: string;
  divisions: ReadonlyArray<{ code: number; name: string }>;
  error?: string;
}

export function renderConsentPage(model: ConsentPageModel): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const userOptions = model.users
    .map((user) => `<option value="${escapeHtml(user.userName)}"${user.userName === model.selectedUser ? ' selected' : ''}>${escapeHtml(user.fullName)} (${escapeHtml(user.userName)})</option>`)
    .join('');
  const divisionRows = model.divisions
    .map((division) => `<li><label><input type="checkbox" name="divisions" value="${division.code}" checked> ${division.code} – ${escapeHtml(division.name)}</label></li>`)
    .join('');
  return page(
    'Toegang verlenen',
    `${model.error ? `<p class="error">${escapeHtml(model.error)}</p>` : ''}
    <p><strong>${escapeHtml(model.appName)}</strong> vraagt toegang tot uw Exact Online-administraties.</p>
    <form method="post" action="auth">
      ${hidden('client_id', model.clientId)}${hidden('redirect_uri', model.redirectUri)}${hidden('response_type', model.responseType)}${hidden('state', model.state)}
      <p><label>Gebruiker <select name="user">${userOptions}</select></label></p>
      <p>Administraties waartoe deze app toegang krijgt:</p>
      <ul>${divisionRows}</ul>
      <button type="submit" name="decision" value="approve">Toestaan</button>
      <button type="submit" name="decision" value="deny">Weigeren</button>
    </form>`,
  );
}

export function renderErrorPage(message: string): string {
  return page('Fout', `<p class="error">${escapeHtml(message)}</p>`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Exact Online – ${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:40em;margin:3em auto}.error{color:#b00020}</style></head>
<body><h1>Exact Online</h1><h2>${escapeHtml(title)}</h2>${body}</body></html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// The SnelStart Web pages of the activation flow (notes §1.4 step 3): pick an administratie and
// approve ("Koppeling instellen"), then a confirmation. Plain HTML, no scripts.
import type { Administration } from '../store/types.js';

export interface ActivationForm {
  action: string;
  appShortName: string;
  referenceKey: string;
  successUrl: string | null;
  administrations: readonly Administration[];
}

export function activationPage(form: ActivationForm): string {
  const options = form.administrations
    .map(
      (administration, index) =>
        `<li><label><input type="radio" name="administration" value="${escape(administration.key)}"${index === 0 ? ' checked' : ''}> ${escape(administration.name)}</label></li>`,
    )
    .join('\n');
  return layout(
    `Koppeling instellen met ${form.appShortName}`,
    `<p><strong>${escape(form.appShortName)}</strong> vraagt toegang tot je administratie. Kies de administratie die je wilt koppelen.</p>
<form method="post" action="${escape(form.action)}">
  <ul class="administraties">
${options}
  </ul>
  <input type="hidden" name="referenceKey" value="${escape(form.referenceKey)}">
  ${form.successUrl === null ? '' : `<input type="hidden" name="successUrl" value="${escape(form.successUrl)}">`}
  <button type="submit" name="decision" value="approve">Koppeling instellen</button>
  <button type="submit" name="decision" value="cancel">Annuleren</button>
</form>`,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<p>${escape(message)}</p>`);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escape(title)} | SnelStart Web (sandbox)</title></head>
<body>
<h1>${escape(title)}</h1>
${body}
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

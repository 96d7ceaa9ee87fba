// GET /: what is running where. HTML for a browser, JSON for scripts (content negotiation).
import type { RequestHandler } from 'express';
import { SANDBOX_PLATFORMS } from '../context.js';
import type { SandboxPlatform } from '../contracts.js';
import { entryPointUrls, PLATFORM_TITLES } from '../entry-points.js';

export interface SandboxIndex {
  name: string;
  control: string;
  platforms: { platform: SandboxPlatform; title: string; urls: { label: string; url: string }[] }[];
}

export function sandboxIndex(baseUrl: string): SandboxIndex {
  return {
    name: 'debtor-hub sandbox',
    control: `${baseUrl}/_sandbox`,
    platforms: SANDBOX_PLATFORMS.map((platform) => ({ platform, title: PLATFORM_TITLES[platform], urls: entryPointUrls(baseUrl, platform) })),
  };
}

export function indexPage(baseUrl: () => string): RequestHandler {
  return (_req, res) => {
    const index = sandboxIndex(baseUrl());
    res.format({
      'text/html': () => {
        res.send(renderHtml(index));
      },
      default: () => {
        res.json(index);
      },
    });
  };
}

function renderHtml(index: SandboxIndex): string {
  const rows = index.platforms
    .map((platform) => {
      const links = platform.urls.map((entry) => `<li>${escape(entry.label)}: <code>${escape(entry.url)}</code></li>`).join('');
      return `<h2>${escape(platform.title)}</h2><ul>${links}</ul>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(index.name)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto">
<h1>${escape(index.name)}</h1>
<p>Local stand-ins for Exact Online, SnelStart and e-Boekhouden.nl.
Control API: <a href="${escape(index.control)}"><code>${escape(index.control)}</code></a>
(demo credentials at <a href="${escape(index.control)}/credentials"><code>/_sandbox/credentials</code></a>).</p>
${rows}
</body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

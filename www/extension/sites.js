// The sites where whosaid runs without a click: kept in storage.sync as origins, each with the
// host permission the user granted for it, and one registered content script for all of them.

const SCRIPT = 'whosaid-auto';

/** `https://example.com/...` or `example.com` → `https://example.com`; null when not a site. */
export function origin(input) {
  const text = String(input ?? '').trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    // The parser turns an internationalised name into punycode; anything else is not a host.
    const host = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/i.test(url.hostname);
    return /^https?:$/.test(url.protocol) && host ? url.origin : null;
  } catch {
    return null;
  }
}

export const pattern = (site) => `${site}/*`;

export async function list() {
  return (await chrome.storage.sync.get({ sites: [] })).sites;
}

/** Stores the list and registers the content script for the sites whose permission is granted. */
export async function save(sites) {
  await chrome.storage.sync.set({ sites });
  await sync();
}

export async function sync() {
  const granted = new Set((await chrome.permissions.getAll()).origins ?? []);
  const matches = (await list()).map(pattern).filter((p) => granted.has(p));
  await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT] }).catch(() => {});
  if (matches.length) {
    await chrome.scripting.registerContentScripts([
      { id: SCRIPT, matches, js: ['copy-rules.js', 'content.js', 'auto.js'], runAt: 'document_idle' },
    ]);
  }
}

// whosaid extension, background: the toolbar button (and its shortcut, Alt+Shift+W) turns
// whosaid on or off in the current tab with activeTab, so the extension needs no standing access
// to any site. Where a page's security policy forbids WebAssembly, the content script asks for
// the reader view: an extension page showing a copy of the article with the full widget.
import { sync } from './sites.js';

const READER_KEEP = 5; // reader copies kept in session storage (for reloads of a reader tab)

chrome.action.onClicked.addListener((tab) => run(tab.id, 'toggle'));
// Alt+Shift+Q: the speakers panel ("Who's quoted"), starting whosaid on the page if need be.
// A command grants activeTab as the button does.
chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'speakers' && tab?.id != null) run(tab.id, 'panel');
});

async function run(tabId, mode) {
  try {
    await inject(tabId);
    await chrome.scripting.executeScript({
      target: { tabId },
      func: (m) => globalThis.whosaidRun(m),
      args: [mode],
    });
  } catch (e) {
    // Pages no extension may script (the browser's own pages, the web store).
    badge(tabId, 'none', `whosaid cannot run on this page: ${e?.message ?? e}`);
  }
}

// Right after a click Chromium can refuse the injection, as if the click's activeTab grant had
// not reached the page yet ("Cannot access contents of the page"). The extension tests saw it on
// the first click in 5 of 16 runs on this two-core machine, and each time the same injection
// 50 ms later succeeded. So that refusal is retried a few times before it is reported.
async function inject(tabId) {
  for (const wait of [50, 150, 400, 0]) {
    try {
      return await chrome.scripting.executeScript({ target: { tabId }, files: ['copy-rules.js', 'content.js'] });
    } catch (e) {
      if (!wait || !/Cannot access contents of the page/.test(e?.message)) throw e;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

const TITLES = {
  on: 'whosaid is on: hover a highlighted quote (click to turn off)',
  off: 'whosaid: show who said each quote (Alt+Shift+W)',
  blocked: "whosaid: this site's security policy blocks it here; use the reader view",
  other: 'whosaid is already running on this page (the site embeds it)',
  none: 'whosaid found no article on this page',
};

function badge(tabId, state, title = TITLES[state] ?? TITLES.off) {
  chrome.action.setBadgeBackgroundColor({ tabId, color: '#9a6400' }).catch(() => {});
  chrome.action.setBadgeText({ tabId, text: state === 'on' ? 'on' : state === 'blocked' ? '!' : '' }).catch(() => {});
  chrome.action.setTitle({ tabId, title }).catch(() => {});
}

chrome.runtime.onMessage.addListener((message, sender) => {
  const tab = sender.tab;
  if (sender.id !== chrome.runtime.id || !tab) return;
  if (message?.type === 'state') badge(tab.id, message.state);
  if (message?.type === 'reader' && message.page) openReader(tab, message.page);
});

async function openReader(tab, page) {
  const key = `reader:${Date.now()}:${crypto.randomUUID()}`;
  const stored = Object.keys(await chrome.storage.session.get(null))
    .filter((k) => k.startsWith('reader:'))
    .sort();
  await chrome.storage.session.remove(stored.slice(0, Math.max(0, stored.length - READER_KEEP + 1)));
  await chrome.storage.session.set({ [key]: page });
  await chrome.tabs.create({
    url: chrome.runtime.getURL(`reader.html#${encodeURIComponent(key)}`),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}

// A new page in the tab starts without whosaid (activeTab ends there too).
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') badge(tabId, 'off');
});

chrome.runtime.onInstalled.addListener(() => sync());
chrome.permissions.onRemoved.addListener(() => sync());

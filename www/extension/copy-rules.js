// What the reader view's copy of a page may hold: content.js copies only these tags (others
// become div or span) and attributes, and reader.js rebuilds only these. A classic script, so
// the content script (injected before content.js) and the reader page load the same list.
'use strict';
globalThis.whosaidCopyRules ??= Object.freeze({
  tags: new Set(('article main section div header footer nav aside p h1 h2 h3 h4 h5 h6 '
    + 'blockquote q cite ul ol li dl dt dd figure figcaption a em strong b i u s small sub sup mark '
    + 'abbr time span br hr pre code table caption thead tbody tr th td address').split(' ')),
  attrs: ['id', 'class', 'itemprop', 'property', 'role', 'lang', 'dir', 'datetime'],
});

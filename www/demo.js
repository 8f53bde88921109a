// The demo page's router: shows one article at a time from its <template>, as a client-side
// news site would. The widget notices the change through its mutation observer.
const page = document.getElementById('page');

function show() {
  const name = (location.hash || '#people').slice(1);
  const template = document.getElementById(name) ?? document.getElementById('people');
  page.replaceChildren(template.content.cloneNode(true));
  document.title = `whosaid demo — ${template.id}`;
  page.querySelector('form.signup')?.addEventListener('submit', (e) => e.preventDefault());
  if (template.id === 'paste') {
    document.getElementById('paste-go').addEventListener('click', () => {
      const text = document.getElementById('paste-text').value;
      const out = document.getElementById('pasted');
      // Text only: pasted text is never parsed as HTML.
      const paragraphs = text.split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean);
      out.replaceChildren(...paragraphs.map((t) => {
        const p = document.createElement('p');
        p.textContent = t;
        return p;
      }));
    });
  }
}

addEventListener('hashchange', show);
show();

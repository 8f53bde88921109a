// whosaid options: the sites where it runs without a click. Each needs the user's grant of that
// site's host permission, asked for when the site is added and given back when it is removed.
import { list, origin, pattern, save } from './sites.js';

const form = document.getElementById('add');
const input = document.getElementById('site');
const message = document.getElementById('message');
const ul = document.getElementById('sites');

async function render() {
  const sites = await list();
  ul.replaceChildren(...sites.map((site) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = site;
    const remove = document.createElement('button');
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${site}`);
    remove.addEventListener('click', async () => {
      await chrome.permissions.remove({ origins: [pattern(site)] }).catch(() => {});
      await save((await list()).filter((s) => s !== site));
      render();
    });
    li.append(name, remove);
    return li;
  }));
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const site = origin(input.value);
  if (!site) {
    message.textContent = 'That is not a web address (for example https://www.example.com).';
    return;
  }
  // The permission request must be the first await: it needs the click's user activation.
  const granted = await chrome.permissions.request({ origins: [pattern(site)] }).catch(() => false);
  if (!granted) {
    message.textContent = `whosaid was not allowed on ${site}.`;
    return;
  }
  const sites = await list();
  if (!sites.includes(site)) await save([...sites, site].sort());
  message.textContent = `whosaid will run on ${site}.`;
  input.value = '';
  render();
});

render();

// Demo page controls: language and theme switches, as a partner's site might offer them.
// The widgets follow `lang` on any ancestor and `theme` on <recovery-provider>.
const provider = document.querySelector('recovery-provider');
const root = document.documentElement;

// Buttons only: <html data-theme> (set below, for the site's own dark styles) matches
// `[data-theme]` too, and aria-pressed has no place on it.
function press(group, value) {
  for (const b of document.querySelectorAll(`button[data-${group}]`)) {
    b.setAttribute('aria-pressed', String(b.dataset[group] === value));
  }
}

// Only a real change touches the attributes: the widgets re-render when `lang` or `theme` is set.
function setLang(lang) {
  if (root.lang !== lang) root.lang = lang;
  press('lang', lang);
}

function setTheme(theme) {
  if ((provider?.getAttribute('theme') ?? 'light') !== theme) provider?.setAttribute('theme', theme);
  root.dataset.theme = theme;
  press('theme', theme);
}

document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-lang], button[data-theme]');
  if (!b) return;
  if (b.dataset.lang) setLang(b.dataset.lang);
  if (b.dataset.theme) setTheme(b.dataset.theme);
});

// ?lang=es&theme=dark lets screenshots and links open the demo in a given state.
const params = new URLSearchParams(location.search);
setLang(params.get('lang') ?? root.lang ?? 'en');
setTheme(params.get('theme') ?? 'light');

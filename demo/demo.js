// Demo page controls: language and theme switches, as a partner's site might offer them.
// The widgets follow `lang` on any ancestor and `theme` on <recovery-provider>. The language is set
// on the widgets themselves: the demo's own text around them stays English, and says so.
const provider = document.querySelector('recovery-provider');
const root = document.documentElement;
const widgets = () => document.querySelectorAll('recovery-article, related-posts, support-group-finder, recovery-cta');
const languages = document.querySelector('[data-lang-select]');

// Buttons only: <html data-theme> (set below, for the site's own dark styles) matches
// `[data-theme]` too, and aria-pressed has no place on it.
function press(group, value) {
  for (const b of document.querySelectorAll(`button[data-${group}]`)) {
    b.setAttribute('aria-pressed', String(b.dataset[group] === value));
  }
}

// Only a real change touches the attributes: the widgets re-render when `lang` or `theme` is set.
function setLang(lang) {
  for (const w of widgets()) if (w.lang !== lang) w.lang = lang;
  if (languages) languages.value = lang;
}

function setTheme(theme) {
  if ((provider?.getAttribute('theme') ?? 'light') !== theme) provider?.setAttribute('theme', theme);
  root.dataset.theme = theme;
  press('theme', theme);
}

document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-theme]');
  if (b) setTheme(b.dataset.theme);
});
languages?.addEventListener('change', () => setLang(languages.value));

// ?lang=es&theme=dark lets screenshots and links open the demo in a given state.
const params = new URLSearchParams(location.search);
setLang(params.get('lang') ?? 'en');
setTheme(params.get('theme') ?? 'light');

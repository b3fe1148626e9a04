// START-HERE.html: writes this folder's path into the snippets, says whether the widgets work on
// this host, and copies snippets. A file of its own (no inline script), so the page works under the
// strict Content-Security-Policy it documents. It writes text only, never markup.
(() => {
  const check = document.getElementById('check');
  const say = (text, kind) => {
    check.textContent = text;
    check.className = `check check-${kind}`;
  };
  const web = location.protocol === 'https:' || location.protocol === 'http:';
  const folder = web ? new URL('./', location.href).pathname : undefined;

  // The snippets name this folder as this site serves it, so they work pasted as they are.
  if (folder) for (const el of document.querySelectorAll('.folder')) el.textContent = folder;

  if (!web) {
    say(
      'You opened this page from your computer, so the widgets cannot run here: browsers do not let a ' +
        'page read the files beside it on your disk. Upload the whole folder to your website (step 1), ' +
        'then open START-HERE.html there, for example https://your-site.example/recovery-widgets/START-HERE.html.',
      'problem',
    );
  } else if (!customElements.get('recovery-provider')) {
    // recovery-widgets.js runs before this deferred script and defines the provider at once.
    say(
      `The widgets did not start: the browser could not load ${folder}recovery-widgets.js, or refused it ` +
        'because something changed it on the way (its integrity check). Open that address: you should ' +
        'see code, not a "Not found" page. If your host rewrites scripts, turn that off for this folder.',
      'problem',
    );
  } else {
    say(`Working. The widgets below come from this folder (${location.origin}${folder}).`, 'ok');
    const article = document.getElementById('start-article');
    article?.addEventListener('recovery-article-error', () =>
      say(
        'The script works, but the article could not be read from the content folder beside ' +
          'recovery-widgets.js. Upload the whole folder again, with its content folder.',
        'problem',
      ),
    );
  }

  /** Selects the text of `el`, so the visitor can copy it with the keyboard. */
  const select = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  };

  /**
   * The Clipboard API exists only on https (and localhost); on http and file:// the older
   * execCommand still copies a selection, and where neither works the text is left selected.
   */
  async function copy(button) {
    const code = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector('.copy-status');
    const text = code.textContent;
    status.textContent = '';
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
      return;
    } catch {
      // Refused or unavailable: fall back to a selection.
    }
    select(code);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    status.textContent = copied ? 'Copied.' : 'Selected: press Ctrl+C (or Command+C on a Mac) to copy.';
  }

  document.addEventListener('click', (e) => {
    const button = e.target.closest?.('button[data-copy]');
    if (button) void copy(button);
  });
})();

// A small browser-like HTTP client for WordPress's admin: it keeps cookies, follows redirects and
// reads the hidden fields of a form (nonces), so tests use the admin as a person does.

export class HttpClient {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One request, following redirects; returns { status, url, text, headers }. */
  async request(path, { method = 'GET', form, body, headers = {}, follow = true } = {}) {
    let url = new URL(path, this.base).href;
    let init = { method, headers: { ...headers }, redirect: 'manual' };
    if (form) {
      init.body = form instanceof URLSearchParams ? form : toParams(form);
      init.headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (body !== undefined) {
      init.body = body;
    }
    for (let hop = 0; hop < 10; hop++) {
      init.headers.cookie = this.cookieHeader();
      const res = await fetch(url, init);
      for (const line of res.headers.getSetCookie?.() ?? []) {
        const [pair, ...attrs] = line.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = attrs.some((a) => /expires=.*19[0-9]{2}/i.test(a)) || value === 'deleted';
        if (expired) this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
      const location = res.headers.get('location');
      if (follow && location && res.status >= 300 && res.status < 400) {
        await res.arrayBuffer();
        url = new URL(location, url).href;
        init = { method: 'GET', headers: { ...headers }, redirect: 'manual' };
        continue;
      }
      return { status: res.status, url, text: await res.text(), headers: res.headers };
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  get(path, options) {
    return this.request(path, options);
  }

  post(path, form, options = {}) {
    return this.request(path, { ...options, method: 'POST', form });
  }

  /** WordPress's login form. */
  async login(user, password) {
    this.cookies.set('wordpress_test_cookie', 'WP%20Cookie%20check');
    const res = await this.post('/wp-login.php', {
      log: user,
      pwd: password,
      'wp-submit': 'Log In',
      redirect_to: `${this.base}/wp-admin/`,
      testcookie: '1',
    });
    if (![...this.cookies.keys()].some((k) => k.startsWith('wordpress_logged_in_'))) {
      throw new Error(`Could not log in as ${user} (HTTP ${res.status})`);
    }
    return res;
  }

  /** The fields of the first form in `html` whose action matches `action` (hidden inputs, values). */
  static formFields(html, action) {
    const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);
    const form = forms.find((f) => action.test(/action=["']([^"']*)/.exec(f)?.[1] ?? ''));
    if (!form) throw new Error(`No form posting to ${action}`);
    const fields = {};
    for (const input of form.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(input[0], 'name');
      if (!name || /type=["'](submit|button|checkbox|radio)["']/.test(input[0])) continue;
      fields[name] = attr(input[0], 'value') ?? '';
    }
    return fields;
  }
}

function attr(tag, name) {
  const m = new RegExp(`\\s${name}=(["'])(.*?)\\1`).exec(tag);
  return m ? decode(m[2]) : undefined;
}

/** The few entities WordPress's esc_attr() writes. */
export function decode(text) {
  return text.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

function toParams(form) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) {
    if (Array.isArray(v)) for (const one of v) params.append(k, one);
    else if (v !== undefined) params.append(k, v);
  }
  return params;
}

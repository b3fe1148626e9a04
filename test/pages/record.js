// Loaded first by every test page (and by demo pages opened with ?record): records what the page
// prints and throws, and everything it does that a privacy review cares about, for the parent test.
(() => {
  const r = (window.__record = {
    errors: [],
    warn: [],
    error: [],
    info: [],
    violations: [],
    /** Every URL fetched by the page: documents, scripts, styles, images, fetch/XHR, beacons. */
    requests: [],
    storage: [],
    cookies: [],
    geolocation: [],
    opened: [],
  });
  addEventListener('error', (e) => r.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => r.errors.push(String(e.reason)));
  for (const level of ['warn', 'error', 'info']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      r[level].push(args.map(String).join(' '));
      original(...args);
    };
  }
  document.addEventListener('securitypolicyviolation', (e) =>
    r.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`),
  );

  // The resource timing buffer sees every request the browser makes for the page, whoever makes it.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) r.requests.push(entry.name);
  }).observe({ type: 'resource', buffered: true });
  performance.setResourceTimingBufferSize(100000);
  const beacon = navigator.sendBeacon?.bind(navigator);
  if (beacon)
    navigator.sendBeacon = (url, data) => (r.requests.push(String(new URL(url, location.href))), beacon(url, data));

  for (const kind of ['localStorage', 'sessionStorage']) {
    const store = window[kind];
    for (const method of ['setItem', 'removeItem', 'clear']) {
      const original = store[method].bind(store);
      store[method] = (...args) => (r.storage.push(`${kind}.${method}(${args[0] ?? ''})`), original(...args));
    }
  }
  const idbOpen = indexedDB.open.bind(indexedDB);
  indexedDB.open = (name, ...rest) => (r.storage.push(`indexedDB.open(${name})`), idbOpen(name, ...rest));
  if (window.caches) {
    const cacheOpen = caches.open.bind(caches);
    caches.open = (name) => (r.storage.push(`caches.open(${name})`), cacheOpen(name));
  }

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => (r.cookies.push(String(value).split('=')[0]), cookie.set.call(document, value)),
  });

  if (navigator.geolocation) {
    for (const method of ['getCurrentPosition', 'watchPosition']) {
      const original = navigator.geolocation[method].bind(navigator.geolocation);
      navigator.geolocation[method] = (...args) => (r.geolocation.push(method), original(...args));
    }
  }
  const open = window.open.bind(window);
  window.open = (url, ...rest) => (r.opened.push(String(url)), open(url, ...rest));
})();

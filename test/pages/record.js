// Loaded first by every test page: records what the page prints and throws, for the parent test.
window.__record = { errors: [], warn: [], error: [], info: [] };
addEventListener('error', (e) => window.__record.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__record.errors.push(String(e.reason)));
for (const level of ['warn', 'error', 'info']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__record[level].push(args.map(String).join(' '));
    original(...args);
  };
}
window.__record.violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__record.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`),
);

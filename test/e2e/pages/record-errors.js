// Loaded first on every end-to-end page: records what the test asserts on (errors, CSP reports).
window.__errors = [];
window.__violations = [];
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => (window.__warnings.push(args.map(String).join(' ')), warn(...args));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));

// For frames the test cannot reach into (sandboxed, or another origin): once the elements have
// rendered, vote and forecast like a reader and post what happened to the parent page.
await customElements.whenDefined('vote-widget');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const widget = document.querySelector('vote-widget');
const meter = document.querySelector('reality-meter');
for (let i = 0; i < 100 && !widget.shadowRoot?.querySelector('[part~="choice"]'); i++) await wait(20);
let storage = 'available';
try {
  window.localStorage.getItem('x');
} catch {
  storage = 'throws';
}
widget.shadowRoot.querySelectorAll('[part~="choice"]')[1].click();
// The forecast, typed and submitted as a reader would (no form submission: sandboxes may block it).
const card = document.querySelector('prediction-card');
const submitted = [];
card.addEventListener('prediction-submit', (e) => submitted.push(e.detail.probability));
const field = card.shadowRoot.querySelector('#forecast');
field.value = '45';
field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
await wait(20);
card.shadowRoot.querySelector('[part~="submit"]').click();
await wait(50);
parent.postMessage(
  {
    secure: window.isSecureContext,
    randomUUID: typeof crypto.randomUUID,
    storage,
    score: meter?.shadowRoot?.querySelector('[part~="score"]')?.textContent ?? null,
    pressed: [...widget.shadowRoot.querySelectorAll('[part~="choice"]')].map((b) => b.getAttribute('aria-pressed')),
    status: widget.shadowRoot.querySelector('[part~="status"]')?.textContent?.trim(),
    forecast: { submitted, status: card.shadowRoot.querySelector('[part~="status"]')?.textContent?.trim() },
    errors: window.__errors,
  },
  '*',
);

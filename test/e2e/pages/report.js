// For frames the test cannot reach into (sandboxed, or another origin): once the elements have
// rendered, vote through the widget like a reader and post what happened to the parent page.
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
await wait(50);
parent.postMessage(
  {
    secure: window.isSecureContext,
    randomUUID: typeof crypto.randomUUID,
    storage,
    score: meter?.shadowRoot?.querySelector('[part~="score"]')?.textContent ?? null,
    pressed: [...widget.shadowRoot.querySelectorAll('[part~="choice"]')].map((b) => b.getAttribute('aria-pressed')),
    status: widget.shadowRoot.querySelector('.status')?.textContent?.trim(),
    errors: window.__errors,
  },
  '*',
);

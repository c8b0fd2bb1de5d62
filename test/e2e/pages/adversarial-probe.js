// Runs the adversarial corpus on this strict-CSP page once the elements are defined; the test reads
// `window.__adversarial` when it appears.
import { checkCorpus } from '/test/support/adversarial-check.js';

await customElements.whenDefined('prediction-card');
window.__adversarial = await checkCorpus(document);

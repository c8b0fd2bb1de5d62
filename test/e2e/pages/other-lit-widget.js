// Another vendor's Lit-based widget with its own copy of Lit (resolved by the test server), to show
// the bundle shares a page with it. Under Trusted Types both create a `lit-html` policy.
import { LitElement, html } from 'lit';

class OtherWidget extends LitElement {
  render() {
    return html`<p>Another widget</p>`;
  }
}
customElements.define('other-lit-widget', OtherWidget);

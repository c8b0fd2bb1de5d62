// The baseline for sizes: Lit's core alone, bundled by the same tool with the same settings.
export { LitElement, html, css } from 'lit';

/**
 * Whether the page is being printed, from one `matchMedia('print')` for every meter on the page. A
 * query list and a listener per meter cost each of a thousand meters memory and time at connection,
 * for an event that comes once, when the reader prints. Meters subscribe while connected.
 */
const subscribers = new Set<{ requestUpdate(): void }>();
let query: MediaQueryList | null | undefined;

function printQuery(): MediaQueryList | null {
  if (query === undefined) {
    query = typeof matchMedia === "function" ? matchMedia("print") : null;
    query?.addEventListener("change", () => {
      for (const element of subscribers) element.requestUpdate();
    });
  }
  return query;
}

/** True while the page is printed (or emulates print media). */
export function isPrinting(): boolean {
  return printQuery()?.matches ?? false;
}

/** Re-renders `element` when printing starts or ends, until the returned function is called. */
export function watchPrinting(element: { requestUpdate(): void }): () => void {
  printQuery();
  subscribers.add(element);
  return () => subscribers.delete(element);
}

/**
 * Time that passes while the page is open: a Lit reactive controller that re-renders its element when
 * a time-dependent text or state of it changes ("Closes in 2 seconds", a question that closes).
 *
 * One timer for the whole page, not one per element: each element says when it next needs a render
 * (`wakeAt`), and the shared clock sleeps until the earliest of those moments. In a hidden tab it does
 * not run at all; when the tab shows again, every element renders once with the current time.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What the clock knows of each connected element: when to wake it. */
const waiting = new Map<ClockController, number>();
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

/** setTimeout's longest delay; a later moment is reached in more than one sleep. */
const MAX_DELAY = 2 ** 31 - 1;

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  if (waiting.size === 0 || document.visibilityState === 'hidden') return;
  const next = Math.min(...waiting.values());
  timer = setTimeout(tick, Math.min(MAX_DELAY, Math.max(0, next - Date.now())));
}

/**
 * Schedules once per task, however many elements asked: a page that renders a thousand cards at once
 * calls `wakeAt` a thousand times, and scheduling on each call (a minimum over every waiting element)
 * made that quadratic, 50–60 ms of a 1,000-card render.
 */
let scheduling = false;
function scheduleSoon(): void {
  if (scheduling) return;
  scheduling = true;
  queueMicrotask(() => {
    scheduling = false;
    schedule();
  });
}

function tick(): void {
  timer = null;
  const now = Date.now();
  for (const [controller, at] of [...waiting]) {
    if (at <= now) {
      waiting.delete(controller);
      controller.wake();
    }
  }
  schedule();
}

function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') for (const controller of [...waiting.keys()]) controller.wake();
    schedule();
  });
}

export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The time to render with (ms since the epoch). */
  now(): number {
    return Date.now();
  }

  /** Asks for a render at `time` (ms since the epoch); `null`: nothing of this element changes with time. */
  wakeAt(time: number | null): void {
    if (isServer) return;
    if (time === null || !Number.isFinite(time)) waiting.delete(this);
    else waiting.set(this, time);
    listen();
    scheduleSoon();
  }

  /** The moment came (or the tab showed again): render. */
  wake(): void {
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#host.requestUpdate(); // time went on while it was away
  }

  hostDisconnected(): void {
    if (waiting.delete(this)) scheduleSoon();
  }
}

/**
 * When a relative time such as "in 5 minutes" may next change its wording (ms since the epoch): a
 * second later below a minute, a minute later below an hour, an hour later beyond.
 */
export function nextChange(target: number, now: number): number {
  const distance = Math.abs(target - now);
  return now + (distance < 60e3 ? 1e3 : distance < 3600e3 ? 60e3 : 3600e3);
}

/**
 * The server's two writes and its reads, as transactions over the tables of `database.ts`. Exactly
 * once is the database's job: a vote is one row under the key (story, reader), a forecast under
 * (story, question, reader), so concurrent requests can only move a reader's one row, never add a
 * second. What the reader had before is whatever that row held, not what the browser claims.
 */
import { median } from '../core/numbers.js';
import type { Database } from './database.js';

/** Live counts per choice id (only choices with at least one vote appear). */
export type Counts = Record<string, number>;

/** `{ probability, count }` of the community forecast; `probability` is null with no forecasts. */
export interface Community {
  probability: number | null;
  count: number;
}

export interface HistoryPoint {
  at: string;
  probability: number;
}

/** The latest 1,000 points: what a story may carry (STORY-FORMAT's limit for `prediction.history`). */
export const MAX_HISTORY = 1000;

/** Live vote counts of a story (its tallies); `except` leaves one reader's vote out. */
export async function voteCounts(db: Database, storyId: string, except?: string): Promise<Counts> {
  const rows = await db.selectFrom('reality_tallies').select(['choice', 'n']).where('story_id', '=', storyId).execute();
  const counts: Counts = Object.fromEntries(rows.filter((r) => Number(r.n) > 0).map((r) => [r.choice, Number(r.n)]));
  if (except !== undefined) {
    const own = await readerVote(db, storyId, except);
    if (own !== null && counts[own]) counts[own] -= 1;
  }
  return counts;
}

/** Adds `deltas` (choice → ±n) to a story's tallies, in choice order so two transactions never deadlock. */
async function addToTallies(db: Database, storyId: string, deltas: Record<string, number>): Promise<void> {
  for (const choice of Object.keys(deltas).sort()) {
    const n = deltas[choice];
    if (n === 0) continue;
    await db
      .insertInto('reality_tallies')
      .values({ story_id: storyId, choice, n })
      .onConflict((oc) => oc.columns(['story_id', 'choice']).doUpdateSet((eb) => ({ n: eb('reality_tallies.n', '+', eb.ref('excluded.n')) })))
      .execute();
  }
}

/**
 * Sets a reader's vote (a first vote, a change, or the same choice again) and answers the live
 * counts right after it, in one transaction. The vote row is the truth; the tallies move with it.
 * On PostgreSQL the reader's row is locked (`FOR UPDATE`) so two changes by one reader take turns;
 * SQLite runs one transaction at a time anyway. `locking` says which.
 */
export async function castVote(db: Database, storyId: string, reader: string, choice: string, now: number, locking: boolean): Promise<Counts> {
  return db.transaction().execute(async (tx) => {
    const current = () => {
      const query = tx.selectFrom('reality_votes').select('choice').where('story_id', '=', storyId).where('reader', '=', reader);
      return (locking ? query.forUpdate() : query).executeTakeFirst();
    };
    let before = await current();
    if (!before) {
      const inserted = await tx
        .insertInto('reality_votes')
        .values({ story_id: storyId, reader, choice, revision: 1, updated_at: now })
        .onConflict((oc) => oc.columns(['story_id', 'reader']).doNothing())
        .returning('reader')
        .executeTakeFirst();
      if (inserted) {
        await addToTallies(tx, storyId, { [choice]: 1 });
        return voteCounts(tx, storyId);
      }
      before = await current(); // the same reader's first vote won the race: this is now a change
    }
    await tx
      .updateTable('reality_votes')
      .set((eb) => ({ choice, updated_at: now, revision: eb('revision', '+', 1) }))
      .where('story_id', '=', storyId)
      .where('reader', '=', reader)
      .execute();
    if (before && before.choice !== choice) await addToTallies(tx, storyId, { [before.choice]: -1, [choice]: 1 });
    return voteCounts(tx, storyId);
  });
}

/** The reader's own vote on a story, or null. */
export async function readerVote(db: Database, storyId: string, reader: string): Promise<string | null> {
  const row = await db.selectFrom('reality_votes').select('choice').where('story_id', '=', storyId).where('reader', '=', reader).executeTakeFirst();
  return row?.choice ?? null;
}

/** The reader's own forecasts on a story's questions, prediction id → probability. */
export async function readerForecasts(db: Database, storyId: string, reader: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('reality_forecasts')
    .select(['prediction_id', 'probability'])
    .where('story_id', '=', storyId)
    .where('reader', '=', reader)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.prediction_id, Number(r.probability)]));
}

/**
 * The community forecast: the median of the story file's own `forecasts` (`seed`) and every reader's
 * latest forecast, with their count (docs/scoring.md's rule: the mean of the two middle values for an even
 * count). Reads the live probabilities in index order.
 */
export async function community(db: Database, storyId: string, predictionId: string, seed: readonly number[]): Promise<Community> {
  const rows = await db
    .selectFrom('reality_forecasts')
    .select('probability')
    .where('story_id', '=', storyId)
    .where('prediction_id', '=', predictionId)
    .execute();
  const all = [...seed, ...rows.map((r) => Number(r.probability))];
  return { probability: all.length ? median(all) : null, count: all.length };
}

/**
 * Sets a reader's forecast, recomputes the community forecast and records it as the history point of
 * the current interval (`intervalMs`; a later forecast in the same interval replaces the point), in
 * one transaction. Answers the new community forecast.
 */
export async function castForecast(
  db: Database,
  target: { storyId: string; predictionId: string; seed: readonly number[] },
  reader: string,
  probability: number,
  now: number,
  intervalMs: number,
): Promise<Community> {
  const { storyId, predictionId, seed } = target;
  return db.transaction().execute(async (tx) => {
    await tx
      .insertInto('reality_forecasts')
      .values({ story_id: storyId, prediction_id: predictionId, reader, probability, revision: 1, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['story_id', 'prediction_id', 'reader']).doUpdateSet((eb) => ({
          probability: eb.ref('excluded.probability'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb('reality_forecasts.revision', '+', 1),
        })),
      )
      .execute();
    const result = await community(tx, storyId, predictionId, seed);
    const point = {
      story_id: storyId,
      prediction_id: predictionId,
      bucket: Math.floor(now / intervalMs),
      at: new Date(now).toISOString(),
      probability: result.probability ?? probability,
      count: result.count,
    };
    await tx
      .insertInto('reality_history')
      .values(point)
      .onConflict((oc) =>
        oc.columns(['story_id', 'prediction_id', 'bucket']).doUpdateSet({ at: point.at, probability: point.probability, count: point.count }),
      )
      .execute();
    return result;
  });
}

/** The latest `MAX_HISTORY` points of a question's community forecast, oldest first. */
export async function history(db: Database, storyId: string, predictionId: string): Promise<HistoryPoint[]> {
  const rows = await db
    .selectFrom('reality_history')
    .select(['at', 'probability'])
    .where('story_id', '=', storyId)
    .where('prediction_id', '=', predictionId)
    .orderBy('bucket', 'desc')
    .limit(MAX_HISTORY)
    .execute();
  return rows.reverse().map((r) => ({ at: r.at, probability: Number(r.probability) }));
}

/** Deletes everything a reader did (their votes and forecasts on every story). */
export async function forgetReader(db: Database, reader: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const votes = await tx.deleteFrom('reality_votes').where('reader', '=', reader).returning(['story_id', 'choice']).execute();
    for (const vote of votes) await addToTallies(tx, vote.story_id, { [vote.choice]: -1 });
    await tx.deleteFrom('reality_forecasts').where('reader', '=', reader).execute();
  });
}

/**
 * Storage for `reality-kit/server`: the tables, their migrations, and the two ways to open them
 * (SQLite through better-sqlite3, PostgreSQL through pg). Every query goes through Kysely, so the
 * same code runs on both; the drivers are optional peer dependencies, imported only when asked for.
 */
import { Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type Dialect, type Migration } from 'kysely';

/** One reader's vote on one story: the primary key is what makes a vote count exactly once. */
export interface VoteRow {
  story_id: string;
  /** The reader's key: a keyed hash of the cookie id or of the publisher's user id, never the id itself. */
  reader: string;
  choice: string;
  /** How many times this reader has set the vote (1 on the first vote). */
  revision: number;
  /** Milliseconds since the epoch of the last change. */
  updated_at: number;
}

/** One reader's forecast on one question; the latest replaces the earlier one. */
export interface ForecastRow {
  story_id: string;
  prediction_id: string;
  reader: string;
  probability: number;
  revision: number;
  updated_at: number;
}

/** The community forecast over time: at most one point per question per interval (`bucket`). */
export interface HistoryRow {
  story_id: string;
  prediction_id: string;
  /** `floor(time / interval)`: the interval this point stands for. */
  bucket: number;
  /** RFC 3339 time of the latest forecast in the interval. */
  at: string;
  probability: number;
  count: number;
}

/**
 * The running count of each choice of each story, kept in the same transaction as the votes: the
 * answer to a vote reads three rows instead of counting every vote of the story.
 */
export interface TallyRow {
  story_id: string;
  choice: string;
  n: number;
}

/** Values the server keeps for itself, such as the key of its reader hashes. */
export interface MetaRow {
  key: string;
  value: string;
}

export interface Tables {
  reality_votes: VoteRow;
  reality_forecasts: ForecastRow;
  reality_history: HistoryRow;
  reality_tallies: TallyRow;
  reality_meta: MetaRow;
}

export type Database = Kysely<Tables>;

/** Where the server keeps its data: a SQLite file, a PostgreSQL server, or a Kysely dialect of yours. */
export type DatabaseOption =
  | { sqlite: string }
  | { postgres: string | Record<string, unknown> }
  | { dialect: Dialect };

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-30-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reality_votes')
        .addColumn('story_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('reader', 'varchar(64)', (c) => c.notNull())
        .addColumn('choice', 'varchar(200)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('reality_votes_pk', ['story_id', 'reader'])
        .execute();
      await db.schema.createIndex('reality_votes_choice').on('reality_votes').columns(['story_id', 'choice']).execute();
      await db.schema
        .createTable('reality_forecasts')
        .addColumn('story_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('prediction_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('reader', 'varchar(64)', (c) => c.notNull())
        .addColumn('probability', 'double precision', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('reality_forecasts_pk', ['story_id', 'prediction_id', 'reader'])
        .execute();
      await db.schema
        .createIndex('reality_forecasts_probability')
        .on('reality_forecasts')
        .columns(['story_id', 'prediction_id', 'probability'])
        .execute();
      await db.schema
        .createTable('reality_history')
        .addColumn('story_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('prediction_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('bucket', 'bigint', (c) => c.notNull())
        .addColumn('at', 'varchar(64)', (c) => c.notNull())
        .addColumn('probability', 'double precision', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('reality_history_pk', ['story_id', 'prediction_id', 'bucket'])
        .execute();
      await db.schema
        .createTable('reality_meta')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  // Counting a story's votes on every vote took 28 ms at 100,000 votes; a tally is one row per choice.
  '2026-11-30-tallies': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('reality_tallies')
        .addColumn('story_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('choice', 'varchar(200)', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('reality_tallies_pk', ['story_id', 'choice'])
        .execute();
      await db
        .insertInto('reality_tallies')
        .columns(['story_id', 'choice', 'n'])
        .expression(db.selectFrom('reality_votes').select(['story_id', 'choice', (eb) => eb.fn.countAll().as('n')]).groupBy(['story_id', 'choice']))
        .execute();
    },
  },
};

/** Imports an optional peer dependency, or says in one line which package to install. */
async function peer<T>(name: string): Promise<T> {
  try {
    const module = (await import(/* @vite-ignore */ name)) as { default?: T };
    return (module.default ?? module) as T;
  } catch {
    throw new Error(`reality-kit/server: this database needs the "${name}" package (npm install ${name})`);
  }
}

/**
 * Opens the database and brings its tables up to date (Kysely's migrator, which takes a lock on
 * PostgreSQL, so several app servers may start at once). A SQLite file is created when missing and
 * put in WAL mode, so readers never wait for a writer.
 */
export async function openDatabase(option: DatabaseOption): Promise<{ db: Database; dialect: 'sqlite' | 'postgres' | 'other' }> {
  let dialect: Dialect;
  let kind: 'sqlite' | 'postgres' | 'other';
  if ('sqlite' in option) {
    type SqliteConstructor = new (file: string) => { pragma(source: string): unknown };
    const BetterSqlite = await peer<SqliteConstructor>('better-sqlite3');
    const file = new BetterSqlite(option.sqlite);
    file.pragma('journal_mode = WAL');
    // In WAL mode NORMAL keeps every commit through a crash of the app (only a power cut can lose the
    // last ones) and spares a disk flush per vote (SQLite's documentation recommends it with WAL).
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    dialect = new SqliteDialect({ database: file as never });
    kind = 'sqlite';
  } else if ('postgres' in option) {
    const pg = await peer<{ Pool: new (config: Record<string, unknown>) => unknown }>('pg');
    const config = typeof option.postgres === 'string' ? { connectionString: option.postgres } : option.postgres;
    dialect = new PostgresDialect({ pool: new pg.Pool({ max: 20, ...config }) as never });
    kind = 'postgres';
  } else {
    dialect = option.dialect;
    kind = dialect.createAdapter() instanceof SqliteAdapter ? 'sqlite' : 'other';
  }
  const db = new Kysely<Tables>({ dialect });
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'reality_migrations',
    migrationLockTableName: 'reality_migrations_lock',
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error('reality-kit/server: the database could not be migrated', { cause: error });
  }
  return { db, dialect: kind };
}

/** The server's own key, created once and kept in the database so every app server shares it. */
export async function serverKey(db: Database): Promise<string> {
  const fresh = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  await db.insertInto('reality_meta').values({ key: 'reader-key', value: fresh }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('reality_meta').select('value').where('key', '=', 'reader-key').executeTakeFirstOrThrow();
  return row.value;
}

export { sql };

/// <reference types="node" />
/**
 * The folder of story files the server knows. Each file is validated with `parseStory`, the same
 * function the elements use, when the server starts: a file that would show an error in the page
 * stops the server instead, with the file's name and the first problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseStoryJson, type Story } from '../story/schema.js';

/** A story as the server serves it: its file name (without `.json`) is its address. */
export interface KnownStory {
  name: string;
  story: Story;
}

/** File names that may appear in a URL: letters, digits, `. _ -`, ending in `.json`. */
export const STORY_FILE = /^([A-Za-z0-9_-][A-Za-z0-9._-]{0,199})\.json$/;

/** Reads every `*.json` file of `folder`; throws on an invalid story or two files with one story id. */
export async function loadStories(folder: string): Promise<{ byName: Map<string, KnownStory>; byId: Map<string, KnownStory> }> {
  const byName = new Map<string, KnownStory>();
  const byId = new Map<string, KnownStory>();
  for (const file of (await readdir(folder)).sort()) {
    const match = STORY_FILE.exec(file);
    if (!match) continue;
    const result = parseStoryJson(await readFile(join(folder, file), 'utf8'));
    if (!result.ok) throw new Error(`reality-kit/server: ${file} is not a valid story: ${result.error.message}`);
    const known = { name: match[1], story: result.story };
    if (byId.has(result.story.id)) throw new Error(`reality-kit/server: ${file} repeats the story id of ${byId.get(result.story.id)!.name}.json`);
    byName.set(known.name, known);
    byId.set(result.story.id, known);
  }
  return { byName, byId };
}

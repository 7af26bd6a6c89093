/**
 * Loads the knowledge base: five YAML files under `knowledge/` that a curator edits by
 * hand. Every entry is validated against the zod schemas in `schema.ts`, then the files are
 * checked against each other (ids, meeting participants, places, capitals, seats, role
 * dates, abbreviations, outlet names). A bad entry is reported with its file, line and
 * column and left out (a bad capital or seat only loses that field); the rest loads.
 * Nothing here throws for bad input.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ZodIssue, ZodTypeAny, z } from 'zod';
import { foldCyrillic } from '../text/fold.ts';
import type { Diagnostic, Severity } from '../types.ts';
import {
  curatedMeetingSchema,
  organisationSchema,
  outletSchema,
  personSchema,
  placeSchema,
  type CuratedMeeting,
  type KnowledgeBase,
  type Organisation,
  type Outlet,
  type Person,
  type Place,
  type RoleReference,
} from './schema.ts';

/** The repository's own `knowledge/` folder. */
export const DEFAULT_KNOWLEDGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

/** The files of a knowledge folder, all required. */
export const KNOWLEDGE_FILES = {
  people: 'people.yaml',
  organisations: 'organisations.yaml',
  places: 'places.yaml',
  meetings: 'meetings.yaml',
  outlets: 'outlets.yaml',
} as const;

export interface KnowledgeLoad {
  knowledge: KnowledgeBase;
  diagnostics: Diagnostic[];
}

/** One file being read: where it is, how it is shown, and how offsets become lines. */
interface SourceYaml {
  name: string;
  display: string;
  doc: Document | null;
  lineCounter: LineCounter;
}

/** A valid entry, with what is needed to point back at it. */
interface Entry<T> {
  value: T;
  /** The entry's node in its file (a map), for positions of its fields. */
  node: Node;
  source: SourceYaml;
}

interface Position {
  line: number;
  column: number;
}

/**
 * Reads and checks `dir`'s knowledge files. `displayRoot` is the folder diagnostics' paths
 * are shown relative to (the working directory by default).
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KNOWLEDGE_DIR, displayRoot: string = process.cwd()): KnowledgeLoad {
  const diagnostics: Diagnostic[] = [];
  const report = (source: SourceYaml, at: Position, severity: Severity, code: string, message: string) =>
    diagnostics.push({ file: source.display, line: at.line, column: at.column, severity, code, message });

  const read = (name: string) => readYaml(path.join(dir, name), name, displayRoot, report);
  // Ids of actor entries left out for their own errors: meetings naming them say so.
  const rejectedIds = new Set<string>();
  const people = entriesOf(read(KNOWLEDGE_FILES.people), personSchema, report, { rejectedIds });
  const organisations = entriesOf(read(KNOWLEDGE_FILES.organisations), organisationSchema, report, { rejectedIds });
  const places = entriesOf(read(KNOWLEDGE_FILES.places), placeSchema, report);
  const meetings = entriesOf(read(KNOWLEDGE_FILES.meetings), curatedMeetingSchema, report);
  const outlets = entriesOf(read(KNOWLEDGE_FILES.outlets), outletSchema, report);

  // Ids are one namespace across files: an actor, a place and a meeting never share one.
  const firstById = new Map<string, Entry<{ id: string }>>();
  const uniqueIds = <T extends { id: string }>(list: Entry<T>[]): Entry<T>[] =>
    list.filter((entry) => {
      const first = firstById.get(entry.value.id);
      if (!first) {
        firstById.set(entry.value.id, entry);
        return true;
      }
      report(
        entry.source,
        fieldPosition(entry, ['id']),
        'error',
        'kb-duplicate-id',
        `${label(entry)}: duplicate id, first defined at ${first.source.name}:${fieldPosition(first, ['id']).line}; entry skipped`,
      );
      return false;
    });

  const validPeople = uniqueIds(people).filter((entry) => checkRoleDates(entry, report));
  const validOrganisations = uniqueAbbreviations(uniqueIds(organisations), report);
  const validPlaces = checkPlaces(uniqueIds(places), report);
  const placeNames = new Set(validPlaces.map((entry) => entry.value.name));
  checkCapitals(validPlaces, report);
  checkSeats(validOrganisations, placeNames, report);
  const actorIds = new Set([...validPeople, ...validOrganisations].map((entry) => entry.value.id));
  for (const entry of [...people, ...organisations]) if (!actorIds.has(entry.value.id)) rejectedIds.add(entry.value.id);
  const validMeetings = uniqueIds(meetings).filter((entry) => checkMeeting(entry, actorIds, rejectedIds, placeNames, report));
  const validOutlets = uniqueOutlets(outlets, report);
  warnAmbiguousReferences(validPeople, report);

  return {
    knowledge: {
      actors: [...validPeople.map((entry) => entry.value), ...validOrganisations.map((entry) => entry.value)],
      places: validPlaces.map((entry) => entry.value),
      meetings: validMeetings.map((entry) => entry.value),
      outlets: validOutlets.map((entry) => entry.value),
    },
    diagnostics,
  };
}

type Reporter = (source: SourceYaml, at: Position, severity: Severity, code: string, message: string) => void;

const FILE_START: Position = { line: 1, column: 1 };

function readYaml(abs: string, name: string, displayRoot: string, report: Reporter): SourceYaml {
  const lineCounter = new LineCounter();
  const source: SourceYaml = { name, display: displayPath(abs, displayRoot), doc: null, lineCounter };
  if (!existsSync(abs)) {
    report(source, FILE_START, 'error', 'kb-missing-file', `${name}: knowledge file is missing (looked for ${abs})`);
    return source;
  }
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (error) {
    report(source, FILE_START, 'error', 'kb-io', `${name}: cannot be read: ${(error as Error).message}`);
    return source;
  }
  source.doc = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  return source;
}

/**
 * The file's entries that pass their schema. YAML syntax errors are reported once each and
 * the entry they occur in (the last entry starting before the error) is left out.
 */
function entriesOf<S extends ZodTypeAny>(
  source: SourceYaml,
  schema: S,
  report: Reporter,
  options: { rejectedIds?: Set<string> } = {},
): Entry<z.output<S>>[] {
  const doc = source.doc;
  if (!doc) return [];
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  const broken = new Set<unknown>();
  for (const problem of doc.errors) {
    const offset = problem.pos[0];
    const item = lastStartingBefore(items, offset);
    if (item) broken.add(item);
    const message = item
      ? `${describe(item, source)}: YAML syntax error: ${problem.message}; entry skipped`
      : `${source.name}: YAML syntax error: ${problem.message}`;
    report(source, position(source, offset), 'error', 'kb-yaml', message);
  }
  for (const problem of doc.warnings) {
    report(source, position(source, problem.pos[0]), 'warning', 'kb-yaml', `${source.name}: ${problem.message}`);
  }

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return [];
  if (!isSeq(doc.contents)) {
    if (doc.errors.length === 0) {
      report(source, nodePosition(source, doc.contents), 'error', 'kb-schema', `${source.name}: expected a list of entries, each starting with "- "`);
    }
    return [];
  }

  const entries: Entry<z.output<S>>[] = [];
  const reject = (item: unknown) => {
    const id = isMap(item) ? scalarValue(item.get('id', true)) : null;
    if (id) options.rejectedIds?.add(id);
  };
  for (const item of items) {
    if (broken.has(item)) {
      reject(item);
      continue;
    }
    const node = item as Node;
    let plain: unknown;
    try {
      plain = node.toJS(doc);
    } catch (error) {
      report(source, nodePosition(source, node), 'error', 'kb-yaml', `${describe(node, source)}: ${(error as Error).message}; entry skipped`);
      reject(node);
      continue;
    }
    const parsed = schema.safeParse(plain);
    const problems = parsed.success ? [] : explainIssues(parsed.error.issues, node, source);
    for (const { at, text } of problems) report(source, at, 'error', 'kb-schema', `${describe(node, source)}: ${text}; entry skipped`);
    if (parsed.success && problems.length === 0) entries.push({ value: parsed.data as z.output<S>, node, source });
    else reject(node);
  }
  return entries;
}

function lastStartingBefore(items: readonly unknown[], offset: number): unknown {
  let found: unknown = null;
  for (const item of items) {
    const start = (item as Node | null)?.range?.[0];
    if (start !== undefined && start <= offset) found = item;
  }
  return found;
}

/** Zod issues in the curator's words; missing fields of one object are named together. */
function explainIssues(issues: readonly ZodIssue[], entry: Node, source: SourceYaml): { at: Position; text: string }[] {
  const explained: { at: Position; text: string }[] = [];
  const missing = new Map<string, { at: Position; fields: string[] }>();
  for (const issue of issues) {
    if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      const parent = formatPath(issue.path.slice(0, -1));
      const group = missing.get(parent) ?? { at: nodePosition(source, nodeAtPath(entry, issue.path)), fields: [] };
      group.fields.push(`"${formatPath(issue.path)}"`);
      missing.set(parent, group);
      continue;
    }
    explained.push(...explainIssue(issue, entry, source));
  }
  for (const { at, fields } of missing.values()) {
    explained.push({ at, text: `missing field${fields.length > 1 ? 's' : ''} ${fields.join(', ')}` });
  }
  return explained;
}

/** One zod issue in the curator's words, at the node it is about. */
function explainIssue(issue: ZodIssue, entry: Node, source: SourceYaml): { at: Position; text: string }[] {
  const where = formatPath(issue.path);
  const located = nodeAtPath(entry, issue.path);
  const at = nodePosition(source, located);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyNode = isMap(located) ? located.items.find((pair) => scalarValue(pair.key) === key)?.key : undefined;
      return {
        at: keyNode ? nodePosition(source, keyNode as Node) : at,
        text: `unknown field "${where ? `${where}.` : ''}${key}"`,
      };
    });
  }
  if (issue.code === 'invalid_type') {
    return [{ at, text: `${where}: expected ${article(issue.expected)}, found ${article(issue.received)}` }];
  }
  if (issue.code === 'invalid_literal') {
    return [{ at, text: `${where}: must be ${JSON.stringify(issue.expected)}` }];
  }
  return [{ at, text: `${where || 'entry'}: ${issue.message}` }];
}

function article(type: string): string {
  const words: Record<string, string> = {
    array: 'a list',
    object: 'a mapping of fields',
    string: 'a text',
    number: 'a number',
    null: 'nothing',
    boolean: 'true/false',
  };
  return words[type] ?? type;
}

/** The deepest node on the path that exists (the parent when a field is missing). */
function nodeAtPath(entry: Node, pathParts: readonly (string | number)[]): Node {
  let node: Node = entry;
  for (const part of pathParts) {
    let next: Node | null = null;
    if (isMap(node)) {
      const pair = node.items.find((candidate) => scalarValue(candidate.key) === String(part));
      if (pair) next = ((pair.value as Node | null) ?? (pair.key as Node | null)) ?? null;
    } else if (isSeq(node) && typeof part === 'number') {
      next = (node.items[part] as Node | undefined) ?? null;
    }
    if (!next) return node;
    node = next;
  }
  return node;
}

function scalarValue(node: unknown): string | null {
  return isScalar(node) ? String(node.value) : null;
}

function formatPath(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

function position(source: SourceYaml, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

function nodePosition(source: SourceYaml, node: Node | null | undefined): Position {
  const start = node?.range?.[0];
  return start === undefined ? FILE_START : position(source, start);
}

function fieldPosition(entry: Entry<unknown>, pathParts: readonly (string | number)[]): Position {
  return nodePosition(entry.source, nodeAtPath(entry.node, pathParts));
}

/** `people.yaml entry "marco-rubio"`, or the entry's line when it has no id. */
function describe(node: unknown, source: SourceYaml): string {
  const id = isMap(node) ? scalarValue(node.get('id', true)) ?? scalarValue(node.get('name', true)) : null;
  if (id) return `${source.name} entry "${id}"`;
  return `${source.name} entry at line ${nodePosition(source, node as Node).line}`;
}

function label(entry: Entry<{ id: string }>): string {
  return `${entry.source.name} entry "${entry.value.id}"`;
}

/** A role cannot end before it starts. */
function checkRoleDates(entry: Entry<Person>, report: Reporter): boolean {
  let ok = true;
  entry.value.roles.forEach((role, index) => {
    if (role.from && role.to && role.to < role.from) {
      report(
        entry.source,
        fieldPosition(entry, ['roles', index, 'to']),
        'error',
        'kb-role-dates',
        `${label(entry)}: role "${role.title.en}" ends (${role.to}) before it starts (${role.from}); entry skipped`,
      );
      ok = false;
    }
  });
  return ok;
}

/** Abbreviations are matched exactly, so two organisations cannot share one. */
function uniqueAbbreviations(list: Entry<Organisation>[], report: Reporter): Entry<Organisation>[] {
  const owner = new Map<string, string>();
  return list.filter((entry) => {
    let ok = true;
    entry.value.abbreviations.forEach((abbreviation, index) => {
      const first = owner.get(abbreviation);
      if (first && first !== entry.value.id) {
        report(
          entry.source,
          fieldPosition(entry, ['abbreviations', index]),
          'error',
          'kb-duplicate-abbreviation',
          `${label(entry)}: abbreviation "${abbreviation}" already belongs to "${first}"; entry skipped`,
        );
        ok = false;
      }
    });
    if (ok) for (const abbreviation of entry.value.abbreviations) owner.set(abbreviation, entry.value.id);
    return ok;
  });
}

/** Place names are what meetings and `within` refer to: unique, and `within` must exist. */
function checkPlaces(list: Entry<Place>[], report: Reporter): Entry<Place>[] {
  const byName = new Map<string, Entry<Place>>();
  const named = list.filter((entry) => {
    const first = byName.get(entry.value.name);
    if (!first) {
      byName.set(entry.value.name, entry);
      return true;
    }
    report(
      entry.source,
      fieldPosition(entry, ['name']),
      'error',
      'kb-duplicate-name',
      `${label(entry)}: another place is already named "${entry.value.name}" ("${first.value.id}"); entry skipped`,
    );
    return false;
  });
  return named.filter((entry) => {
    const within = entry.value.within;
    if (within === undefined || byName.has(within)) return true;
    report(
      entry.source,
      fieldPosition(entry, ['within']),
      'error',
      'kb-unknown-place',
      `${label(entry)}: within "${within}" is not the name of a place in ${KNOWLEDGE_FILES.places}; entry skipped`,
    );
    return false;
  });
}

/**
 * A country's `capital` must name a city of the gazetteer. A wrong one is reported and
 * ignored: the country itself is fine, only "у столиці …" cannot be resolved.
 */
function checkCapitals(list: Entry<Place>[], report: Reporter): void {
  const kindOf = new Map(list.map((entry) => [entry.value.name, entry.value.kind]));
  for (const entry of list) {
    const capital = entry.value.capital;
    if (capital === undefined) continue;
    const kind = kindOf.get(capital);
    if (kind === 'city') continue;
    const why = kind === undefined ? `is not the name of a place in ${KNOWLEDGE_FILES.places}` : `is a ${kind}, not a city`;
    report(entry.source, fieldPosition(entry, ['capital']), 'error', 'kb-unknown-place', `${label(entry)}: capital "${capital}" ${why}; field ignored`);
    delete entry.value.capital;
  }
}

/** An organisation's `seat` must name a place; a wrong one is reported and ignored. */
function checkSeats(list: Entry<Organisation>[], placeNames: ReadonlySet<string>, report: Reporter): void {
  for (const entry of list) {
    const seat = entry.value.seat;
    if (seat === undefined || placeNames.has(seat)) continue;
    report(
      entry.source,
      fieldPosition(entry, ['seat']),
      'error',
      'kb-unknown-place',
      `${label(entry)}: seat "${seat}" is not the name of a place in ${KNOWLEDGE_FILES.places}; field ignored`,
    );
    delete entry.value.seat;
  }
}

function checkMeeting(
  entry: Entry<CuratedMeeting>,
  actorIds: ReadonlySet<string>,
  rejectedIds: ReadonlySet<string>,
  placeNames: ReadonlySet<string>,
  report: Reporter,
): boolean {
  let ok = true;
  // A participant whose own entry is broken was reported there; the meeting keeps the rest.
  entry.value.participants.forEach((id, index) => {
    if (actorIds.has(id) || rejectedIds.has(id)) return;
    report(entry.source, fieldPosition(entry, ['participants', index]), 'error', 'kb-unknown-actor', `${label(entry)}: participant "${id}" is not an id in ${KNOWLEDGE_FILES.people} or ${KNOWLEDGE_FILES.organisations}; entry skipped`);
    ok = false;
  });
  entry.value.participants = entry.value.participants.filter((id) => !rejectedIds.has(id));
  const place = entry.value.place;
  if (place !== null && !placeNames.has(place)) {
    report(
      entry.source,
      fieldPosition(entry, ['place']),
      'error',
      'kb-unknown-place',
      `${label(entry)}: place "${place}" is not the name of a place in ${KNOWLEDGE_FILES.places}; entry skipped`,
    );
    ok = false;
  }
  return ok;
}

/** Outlets are found by name, alias (compared folded, without quotes) and domain. */
function uniqueOutlets(list: Entry<Outlet>[], report: Reporter): Entry<Outlet>[] {
  const owner = new Map<string, string>();
  return list.filter((entry) => {
    const keys: { key: string; text: string; at: (string | number)[] }[] = [
      { key: `name:${outletKey(entry.value.name)}`, text: entry.value.name, at: ['name'] },
      ...entry.value.aliases.map((alias, index) => ({ key: `name:${outletKey(alias)}`, text: alias, at: ['aliases', index] })),
      ...entry.value.domains.map((domain, index) => ({ key: `domain:${domain.toLowerCase()}`, text: domain, at: ['domains', index] })),
    ];
    let ok = true;
    for (const { key, text, at } of keys) {
      const first = owner.get(key);
      if (first && first !== entry.value.name) {
        report(entry.source, fieldPosition(entry, at), 'error', 'kb-duplicate-outlet', `${entry.source.name} outlet "${entry.value.name}": "${text}" already names "${first}"; entry skipped`);
        ok = false;
      }
    }
    if (ok) for (const { key } of keys) owner.set(key, entry.value.name);
    return ok;
  });
}

function outletKey(name: string): string {
  return foldCyrillic(name.replace(/[«»"“”„]/gu, '').replace(/\s+/gu, ' ').trim());
}

/**
 * Two people who answer to the same role reference on the same day make it unresolvable.
 * A role runs from `from` up to, not including, `to` (the day it ended), so a successor
 * whose `from` is the predecessor's `to` does not overlap.
 */
function warnAmbiguousReferences(people: Entry<Person>[], report: Reporter): void {
  interface Holder {
    entry: Entry<Person>;
    from: string;
    to: string;
  }
  const holders = new Map<string, Holder[]>();
  for (const entry of people) {
    entry.value.roles.forEach((role, index) => {
      for (const lang of ['uk', 'ru'] as const) {
        for (const reference of role.refer[lang]) {
          const key = `${lang}\u0000${referenceKey(reference)}`;
          const holder: Holder = { entry, from: role.from ?? '0000-00-00', to: role.to ?? '9999-99-99' };
          const clash = (holders.get(key) ?? []).find(
            (other) => other.entry.value.id !== entry.value.id && other.from < holder.to && holder.from < other.to,
          );
          if (clash) {
            report(
              entry.source,
              fieldPosition(entry, ['roles', index, 'refer', lang]),
              'warning',
              'kb-ambiguous-reference',
              `${label(entry)}: "${[reference.head, reference.of].join(' ').trim()}" (${lang}) also refers to "${clash.entry.value.id}" at the same time`,
            );
          }
          holders.set(key, [...(holders.get(key) ?? []), holder]);
        }
      }
    });
  }
}

function referenceKey(reference: RoleReference): string {
  return `${foldCyrillic(reference.head.trim())}\u0000${foldCyrillic(reference.of.trim())}`;
}

/** Relative to `root` when inside it, with `/` separators; absolute otherwise. */
function displayPath(abs: string, root: string): string {
  const relative = path.relative(root, abs);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : abs).split(path.sep).join('/');
}

import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, tempFolder } from '../helpers.ts';
import { brokenLinks, listDeterministicFiles, listFiles, readOutput, runBuild, type BuildRun } from './build-helpers.ts';

const SEED_FILES = ['000_8124e8ad9604be43.txt', '001_d573edd654c68f5f.txt', '002_c3f19f54ed547ed9.txt', '003_83dcc17e5d22c300.txt', '004_56c201d3acdcaa1f.txt'];

describe('npm run build on the seeds', () => {
  let output: string;
  let run: BuildRun;
  let articles: Record<string, unknown>[];

  beforeAll(() => {
    output = tempFolder();
    run = runBuild({ seedsDir: SEEDS_DIR, outputDir: output });
    articles = JSON.parse(readOutput(output, 'data/articles.json')) as Record<string, unknown>[];
  });

  it('succeeds, printing the one warning and a summary', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('seeds/003_83dcc17e5d22c300.txt:12:15: warning: ');
    expect(run.stderr).toContain('0 errors, 1 warning in 5 files read');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('writes the home page, one page per article, the stylesheet and the data', () => {
    const files = listFiles(output);
    expect(files).toContain('index.html');
    expect(files).toContain('assets/style.css');
    expect(files).toContain('data/articles.json');
    expect(files.filter((f) => f.startsWith('articles/') && f.endsWith('/index.html'))).toHaveLength(5);
    expect(files).toEqual(expect.arrayContaining(['actors/index.html', 'actors/rustem-umerov/index.html', 'meetings/index.html', 'meetings/2025-11-25-coalition-video-call/index.html', 'data/actors.json', 'data/meetings.json']));
  });

  it('writes articles.json in timeline order, in the promised shape', () => {
    expect(articles.map((a) => a.file)).toEqual([SEED_FILES[0], SEED_FILES[2], SEED_FILES[3], SEED_FILES[1], SEED_FILES[4]]);
    for (const article of articles) {
      expect(Object.keys(article)).toEqual(['id', 'file', 'url', 'date', 'dateSource', 'lang', 'title', 'outlet', 'tags', 'actors', 'meetings']);
      expect(article.url).toBe(`/articles/${String(article.id)}/`);
      expect(listFiles(output)).toContain(`articles/${String(article.id)}/index.html`);
    }
    expect(articles[2]).toMatchObject({ file: SEED_FILES[3], date: '2025-11-30', dateSource: 'text', lang: 'uk', outlet: null });
  });

  it('writes actors.json and meetings.json, linked to articles.json by id', () => {
    const actors = JSON.parse(readOutput(output, 'data/actors.json')) as { id: string; inKnowledgeBase: boolean; names: object; roles: unknown[]; articles: string[] }[];
    const meetings = JSON.parse(readOutput(output, 'data/meetings.json')) as { id: string; participants: { id: string }[]; statusHistory: unknown[]; articles: string[] }[];
    const articleIds = new Set(articles.map((a) => a.id));
    const umerov = actors.find((a) => a.id === 'rustem-umerov')!;
    expect(umerov).toMatchObject({ inKnowledgeBase: true, names: { en: 'Rustem Umerov', uk: 'Рустем Умєров', ru: 'Рустем Умеров' } });
    expect(umerov.articles).toHaveLength(3);
    for (const actor of actors) for (const id of actor.articles) expect(articleIds.has(id)).toBe(true);
    expect(meetings).toHaveLength(11);
    for (const meeting of meetings) for (const id of meeting.articles) expect(articleIds.has(id)).toBe(true);
    const actorIds = new Set(actors.map((a) => a.id));
    for (const meeting of meetings) for (const p of meeting.participants) expect(actorIds.has(p.id)).toBe(true);
    for (const article of articles) for (const m of article.meetings as { id: string }[]) expect(meetings.some((x) => x.id === m.id)).toBe(true);
  });

  it('shows the seeds on the home page in date order, 003 marked approximate', () => {
    const home = readOutput(output, 'index.html');
    const positions = articles.map((a) => home.indexOf(`href="${String(a.url)}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(home).toMatch(/class="entry entry-approximate"[^]*?approx\.[^]*?30 November 2025/);
    expect(home).toContain('id="latest"');
  });

  it('names people and organisations in English in the English interface; actors.json adds displayNames, the other files keep the contract’s actor fields', () => {
    const umerov = readOutput(output, 'actors/rustem-umerov/index.html');
    expect(umerov).toContain('<title>Rustem Umerov · ');
    expect(umerov).toContain('<h1>Rustem Umerov</h1>');
    expect(umerov).toContain('<dt>Ukrainian</dt><dd lang="uk">Рустем Умєров</dd><dt>Russian</dt><dd lang="ru">Рустем Умеров</dd>');
    expect(umerov).not.toContain('<dt>English</dt>');
    const index = readOutput(output, 'actors/index.html');
    expect(index).toContain('>Rustem Umerov</a>');
    expect(index).toContain('>NATO</a>');
    expect(index).not.toContain('>Рустем Умєров</a>');
    const umerovArticle = articles.find((a) => (a.actors as { id: string }[]).some((actor) => actor.id === 'rustem-umerov'))!;
    expect(readOutput(output, `articles/${String(umerovArticle.id)}/index.html`)).toContain('>Rustem Umerov</a>');

    const actors = JSON.parse(readOutput(output, 'data/actors.json')) as { id: string; name: string; displayNames: { en: string; uk: string } }[];
    expect(actors.find((a) => a.id === 'rustem-umerov')).toMatchObject({ name: 'Rustem Umerov', displayNames: { en: 'Rustem Umerov', uk: 'Рустем Умєров' } });
    for (const actor of actors) expect(actor.displayNames.en).toBe(actor.name);
    for (const article of articles) for (const actor of article.actors as object[]) expect(Object.keys(actor)).toEqual(['id', 'name', 'type']);
    const meetings = JSON.parse(readOutput(output, 'data/meetings.json')) as { participants: object[] }[];
    for (const meeting of meetings) for (const actor of meeting.participants) expect(Object.keys(actor)).toEqual(['id', 'name', 'type']);
  });

  it('has no broken internal link', async () => {
    expect(await brokenLinks(output)).toEqual([]);
  });

  it('(the link check itself finds a broken link)', async () => {
    const site = tempFolder({ 'index.html': '<!doctype html><title>t</title><a href="/missing/">x</a><a href="/ok.html">y</a>', 'ok.html': '<!doctype html><title>ok</title>' });
    expect(await brokenLinks(site)).toEqual([expect.stringContaining('missing/')]);
  });

  it('gives byte-identical output for the same input', () => {
    const again = tempFolder();
    runBuild({ seedsDir: SEEDS_DIR, outputDir: again });
    const files = listDeterministicFiles(output);
    expect(listDeterministicFiles(again)).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(output, file))), file).toBe(true);
  });

  it('writes the same site when it renders in several Eleventy runs (PEACE_TIMELINE_RENDER_BATCH)', () => {
    const batched = tempFolder();
    const batchedRun = runBuild({ seedsDir: SEEDS_DIR, outputDir: batched, env: { PEACE_TIMELINE_RENDER_BATCH: '7' } });
    expect(batchedRun.status).toBe(0);
    expect(batchedRun.stdout).toMatch(/\[build\] Eleventy run 2 of \d+/u);
    const files = listDeterministicFiles(output);
    expect(listDeterministicFiles(batched)).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(batched, file)).equals(readFileSync(path.join(output, file))), file).toBe(true);
    // The search index takes every run's pages, once.
    const searchLine = (text: string) => /^\[search\] \d+ pages, \d+ words/mu.exec(text)?.[0];
    expect(searchLine(batchedRun.stdout)).toBe(searchLine(run.stdout));
    expect(searchLine(run.stdout)).toBeDefined();
  });

  it('refuses an option it does not know, saying how to use it', () => {
    const refused = runBuild({ seedsDir: SEEDS_DIR, outputDir: tempFolder(), extraArgs: ['--outptu=x'] });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('usage: npm run build');
    expect(refused.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('npm run build under a path prefix', () => {
  it('makes every link work under /news/', async () => {
    const root = tempFolder();
    const output = path.join(root, 'news');
    const run = runBuild({ seedsDir: SEEDS_DIR, outputDir: output, pathPrefix: '/news/' });
    expect(run.status).toBe(0);
    const home = readOutput(output, 'index.html');
    expect(home).toContain('href="/news/assets/style.css"');
    expect(home).not.toMatch(/href="\/(?!news\/)/);
    expect(JSON.parse(readOutput(output, 'data/articles.json'))[0].url).toMatch(/^\/news\/articles\//);
    expect(await brokenLinks(root, '/news/index.html')).toEqual([]);
  });
});

describe('npm run build after an article is removed from the seeds', () => {
  it('removes its pages from the output folder, and nothing the build did not write', () => {
    const seeds = tempFolder();
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const output = tempFolder({ CNAME: 'news.example.org\n' });
    expect(runBuild({ seedsDir: seeds, outputDir: output }).status).toBe(0);
    const before = listFiles(output);
    const removedId = (JSON.parse(readOutput(output, 'data/articles.json')) as { id: string; file: string }[]).find((a) => a.file === SEED_FILES[4])!.id;
    expect(before).toContain(`articles/${removedId}/index.html`);

    rmSync(path.join(seeds, SEED_FILES[4]!));
    const again = runBuild({ seedsDir: seeds, outputDir: output });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/\[build\] removed \d+ files? of the previous build/u);
    const after = listFiles(output);
    expect(after).not.toContain(`articles/${removedId}/index.html`);
    expect(after).toContain('CNAME');
    // What is left is exactly what a build into an empty folder writes.
    const fresh = tempFolder();
    runBuild({ seedsDir: seeds, outputDir: fresh });
    expect([...listDeterministicFiles(output)].sort()).toEqual([...listDeterministicFiles(fresh), 'CNAME'].sort());
  });
});

describe('npm run build in Ukrainian', () => {
  let output: string;
  let run: BuildRun;

  beforeAll(() => {
    output = tempFolder();
    run = runBuild({ seedsDir: SEEDS_DIR, outputDir: output, env: { SITE_LANGUAGE: 'uk' } });
  });

  it('writes the interface in Ukrainian, dates included, and keeps each article in its own language', () => {
    expect(run.status).toBe(0);
    const home = readOutput(output, 'index.html');
    expect(home).toContain('<html lang="uk">');
    expect(home).toContain('5 статей');
    expect(home).toContain('прибл.');
    expect(home).toMatch(/листопад(а)? 2025/);
    expect(readOutput(output, 'meetings/index.html')).toContain('Відбулася');
    expect(home).toMatch(/<h3 class="entry-title" lang="ru">/);
  });

  it('shows meetings under their Ukrainian titles everywhere, and keeps the English ones in the data', () => {
    const geneva = 'Переговори США та України в Женеві';
    const page = readOutput(output, 'meetings/2025-11-23-geneva-talks/index.html');
    expect(page).toContain(`<title>${geneva} · `);
    expect(page).toMatch(new RegExp(`<h1[^>]*>${geneva}</h1>`, 'u'));
    // Neighbours in the pager, the index, the chart, an actor's and an article's meeting list, the calendar.
    expect(page).toContain('<span class="pager-title">Відеоконференція Коаліції охочих</span>');
    expect(readOutput(output, 'meetings/index.html')).toContain(`>${geneva}</a>`);
    expect(readOutput(output, 'index.html')).toContain(geneva);
    expect(readOutput(output, 'actors/rustem-umerov/index.html')).toContain(`>${geneva}</a>`);
    expect(readOutput(output, 'meetings.ics')).toContain(`SUMMARY:${geneva}`);
    const umerovArticle = (JSON.parse(readOutput(output, 'data/articles.json')) as { id: string; meetings: { id: string }[] }[]).find((a) => a.meetings.some((m) => m.id === '2025-11-23-geneva-talks'))!;
    expect(readOutput(output, `articles/${umerovArticle.id}/index.html`)).toContain(`>${geneva}</a>`);
    for (const file of listFiles(output).filter((f) => f.endsWith('.html'))) expect(readOutput(output, file), file).not.toContain('US–Ukraine talks in Geneva');

    const meetings = JSON.parse(readOutput(output, 'data/meetings.json')) as { id: string; title: string; titles: { en: string; uk: string } }[];
    expect(meetings.find((m) => m.id === '2025-11-23-geneva-talks')).toMatchObject({ title: 'US–Ukraine talks in Geneva', titles: { en: 'US–Ukraine talks in Geneva', uk: geneva } });
    for (const meeting of meetings) expect(meeting.titles.en).toBe(meeting.title);
    const articleMeetings = (JSON.parse(readOutput(output, 'data/articles.json')) as { meetings: object[] }[]).flatMap((a) => a.meetings);
    for (const meeting of articleMeetings) expect(Object.keys(meeting)).toEqual(['id', 'title', 'date', 'place', 'kind', 'status']);
  });

  it('names people and organisations in Ukrainian on actor pages, article pages, the actors index, lists, feeds and the calendar', () => {
    const umerov = readOutput(output, 'actors/rustem-umerov/index.html');
    expect(umerov).toContain('<title>Рустем Умєров · ');
    expect(umerov).toContain('<h1>Рустем Умєров</h1>');
    // The English and Russian names under the heading; the Ukrainian one is the heading.
    expect(umerov).toContain('<dt>Англійською</dt><dd lang="en">Rustem Umerov</dd><dt>Російською</dt><dd lang="ru">Рустем Умеров</dd>');
    expect(umerov).not.toContain('<dt>Українською</dt>');
    expect(umerov).toMatch(/<ul class="actor-list" aria-label="Рустем Умєров: хто згадується разом">[^]*?>Володимир Зеленський<\/a>/u);
    expect(readOutput(output, 'actors/nato/index.html')).toContain('<dt>Українською</dt><dd lang="uk">Організація Північноатлантичного договору</dd>');
    expect(readOutput(output, 'actors/coalition-of-the-willing/index.html')).toContain('<h1>Коаліція охочих</h1>');

    const articles = JSON.parse(readOutput(output, 'data/articles.json')) as { id: string; actors: { id: string }[] }[];
    const umerovArticle = articles.find((a) => a.actors.some((actor) => actor.id === 'rustem-umerov'))!;
    const articlePage = readOutput(output, `articles/${umerovArticle.id}/index.html`);
    expect(articlePage).toMatch(/<a href="\/actors\/rustem-umerov\/"[^>]*>Рустем Умєров<\/a>/u);
    // Search still finds the page by the English name: it is among the link's other names.
    expect(articlePage).toMatch(/<a href="\/actors\/rustem-umerov\/"[^>]*title="Рустем Умеров · Rustem Umerov"/u);

    const index = readOutput(output, 'actors/index.html');
    expect(index).toContain('>Рустем Умєров</a>');
    expect(index).toContain('>НАТО</a>');
    expect(readOutput(output, 'meetings/2025-11-23-geneva-talks/index.html')).toContain('>Рустем Умєров</a>');
    expect(readOutput(output, 'index.html')).toMatch(/<dt>Учасники<\/dt><dd><ul><li><a href="\/actors\/[^"]+\/">[А-ЯІЇЄҐ]/u);
    expect(readOutput(output, 'actors/rustem-umerov/feed.xml')).toContain('<title>Рустем Умєров · ');
    expect(readOutput(output, 'feed.xml')).toContain('label="Рустем Умєров"');
    expect(readOutput(output, 'meetings.ics').replace(/\r?\n[ \t]/gu, '')).toMatch(/Учасники: [^\n]*Рустем Умєров/u);

    // No English name of anyone who has a Ukrainian one, as a link or a page title, anywhere.
    const actors = JSON.parse(readOutput(output, 'data/actors.json')) as { name: string; displayNames: { en: string; uk: string } }[];
    const english = actors.filter((a) => a.displayNames.uk !== a.name).map((a) => a.name);
    for (const file of listFiles(output).filter((f) => f.endsWith('.html'))) {
      const html = readOutput(output, file);
      for (const name of english) {
        expect(html, `${file}: ${name}`).not.toContain(`>${name}</a>`);
        expect(html, `${file}: ${name}`).not.toContain(`<title>${name} · `);
      }
    }
  });

  it('lists actors named as often, and those not named yet, in Ukrainian alphabetical order', () => {
    const index = readOutput(output, 'actors/index.html');
    const unmentioned = [...index.slice(index.indexOf('id="unmentioned"')).matchAll(/<li><a href="\/actors\/[^"]+\/">([^<]+)<\/a><\/li>/gu)].map((m) => m[1]!);
    expect(unmentioned.length).toBeGreaterThan(10);
    expect(unmentioned).toEqual([...unmentioned].sort((a, b) => a.localeCompare(b, 'uk')));
    // І after И and З: Ігор Костюков after Збройні сили України, not before Марк Рютте as "Igor" would be in Latin.
    expect(unmentioned.indexOf('Ігор Костюков')).toBeGreaterThan(unmentioned.indexOf('Збройні сили України'));
  });

  it('lists a meeting’s participants in Ukrainian alphabetical order on its page, and by id in meetings.json', () => {
    const page = readOutput(output, 'meetings/2025-11-23-geneva-talks/index.html');
    const list = page.slice(page.indexOf('id="participants"'));
    const names = [...list.slice(0, list.indexOf('</ul>')).matchAll(/<a href="\/actors\/[^"]+\/"[^>]*>([^<]+)<\/a>/gu)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    expect(names).toContain('Рустем Умєров');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'uk')));
    const meetings = JSON.parse(readOutput(output, 'data/meetings.json')) as { participants: { id: string }[] }[];
    for (const meeting of meetings) {
      const ids = meeting.participants.map((p) => p.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('names places in Ukrainian on the pages and in the calendar, and keeps the English ones in the data', () => {
    const page = readOutput(output, 'meetings/2025-11-23-geneva-talks/index.html');
    expect(page).toMatch(/<dd>Женева<\/dd>/u);
    const index = readOutput(output, 'meetings/index.html');
    expect(index).toContain('<td>Женева</td>');
    expect(index).toContain('<td>Мар-а-Лаго</td>');
    expect(index).not.toMatch(/<td>(?:Geneva|Paris|Kyiv|Moscow)<\/td>/u);
    expect(readOutput(output, 'actors/rustem-umerov/index.html')).toContain(' · Женева');
    expect(readOutput(output, 'meetings.ics')).toMatch(/LOCATION:Женева/u);

    const meetings = JSON.parse(readOutput(output, 'data/meetings.json')) as { id: string; place: string | null; placeNames: { en: string; uk: string } | null }[];
    expect(meetings.find((m) => m.id === '2025-11-23-geneva-talks')).toMatchObject({ place: 'Geneva', placeNames: { en: 'Geneva', uk: 'Женева' } });
    for (const meeting of meetings) expect(meeting.placeNames?.en ?? null).toBe(meeting.place);
  });
});

describe('npm run build with people the knowledge base does not know', () => {
  const seeds = () =>
    tempFolder({
      'ru.txt': ' date 2025-11-26 Александр Кравчук встретился с журналистами\n\nАлександр Кравчук и Рустем Умеров обсудили переговоры в Женеве. Кравчук улетел домой.\n',
      'uk.txt': ' date 2025-11-27 Олена Мартинюк прокоментувала переговори\n\nОлена Мартинюк заявила, що Рустем Умєров провів переговори у Женеві.\n',
    });

  it('shows someone named only in Russian under the Russian name as written in the Ukrainian interface, and someone named in Ukrainian under the Ukrainian one', () => {
    const output = tempFolder();
    expect(runBuild({ seedsDir: seeds(), outputDir: output, env: { SITE_LANGUAGE: 'uk' } }).status).toBe(0);
    const actors = JSON.parse(readOutput(output, 'data/actors.json')) as { id: string; name: string; inKnowledgeBase: boolean; names: { uk: string | null; ru: string | null }; displayNames: { en: string; uk: string } }[];
    const kravchuk = actors.find((a) => a.names.ru === 'Александр Кравчук')!;
    expect(kravchuk).toMatchObject({ inKnowledgeBase: false, name: 'Aleksandr Kravchuk', names: { uk: null }, displayNames: { en: 'Aleksandr Kravchuk', uk: 'Александр Кравчук' } });
    const martyniuk = actors.find((a) => a.names.uk === 'Олена Мартинюк')!;
    expect(martyniuk.displayNames).toEqual({ en: 'Olena Martyniuk', uk: 'Олена Мартинюк' });

    const page = readOutput(output, `actors/${kravchuk.id}/index.html`);
    expect(page).toContain('<h1>Александр Кравчук</h1>');
    expect(page).toContain('<dt>Англійською</dt><dd lang="en">Aleksandr Kravchuk</dd>');
    expect(readOutput(output, `actors/${martyniuk.id}/index.html`)).toContain('<h1>Олена Мартинюк</h1>');
    const index = readOutput(output, 'actors/index.html');
    expect(index).toContain('>Александр Кравчук</a>');
    expect(index).toContain('>Олена Мартинюк</a>');
    const article = (JSON.parse(readOutput(output, 'data/articles.json')) as { id: string; file: string }[]).find((a) => a.file === 'ru.txt')!;
    expect(readOutput(output, `articles/${article.id}/index.html`)).toContain('>Александр Кравчук</a>');
  });

  it('shows them under the transliterated name in the English interface, as before', () => {
    const output = tempFolder();
    expect(runBuild({ seedsDir: seeds(), outputDir: output }).status).toBe(0);
    const index = readOutput(output, 'actors/index.html');
    expect(index).toContain('>Aleksandr Kravchuk</a>');
    expect(index).toContain('>Olena Martyniuk</a>');
    expect(index).not.toContain('>Александр Кравчук</a>');
    expect(readOutput(output, 'actors/aleksandr-kravchuk/index.html')).toContain('<h1>Aleksandr Kravchuk</h1>');
  });
});

describe('npm run build with bad input', () => {
  it('reports every problem at once, builds what it can, and exits non-zero', () => {
    const seeds = tempFolder({
      'good.txt': ' date 2025-11-25 Переговори у Женеві\n\nДелегації зустрілися у Женеві.',
      'bad-date.txt': ' date 2025-02-30 Неможлива дата\n\nТекст.',
      'empty.txt': '',
      'broken.md': '---\ntitle: [unclosed\n---\nТекст.',
      'binary.txt': new Uint8Array([0, 1, 2, 3]),
    });
    const output = tempFolder();
    const run = runBuild({ seedsDir: seeds, outputDir: output });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.split('\n').filter((l) => /: (error|warning): /.test(l));
    expect(lines.map((l) => l.slice(seeds.length + 1))).toEqual([
      'bad-date.txt:1:7: error: date line: 2025-02-30 is not a calendar date [impossible-date]',
      'binary.txt:1:1: error: not a text file: the file contains NUL bytes [binary-file]',
      'broken.md:2:1: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [front-matter-yaml]',
      'empty.txt:1:1: error: the file is empty [empty-file]',
    ]);
    expect(run.stderr).toContain('4 errors, 0 warnings in 5 files read');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // The good file, the undated one and the one with broken front matter are all on the site.
    expect(JSON.parse(readOutput(output, 'data/articles.json'))).toHaveLength(3);
  });

  it('builds an empty site from an empty folder', () => {
    const output = tempFolder();
    const run = runBuild({ seedsDir: tempFolder(), outputDir: output });
    expect(run.status).toBe(0);
    expect(readOutput(output, 'data/articles.json')).toBe('[]\n');
    expect(readOutput(output, 'index.html')).toContain('No articles yet');
  });

  it('never writes into the seeds folder', () => {
    const seeds = tempFolder();
    mkdirSync(path.join(seeds, 'sub'));
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const before = listFiles(seeds);
    runBuild({ seedsDir: seeds, outputDir: tempFolder() });
    expect(listFiles(seeds)).toEqual(before);
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slug } from 'github-slugger';
import { GRAMMAR_PATH, SNIPPETS_PATH, generatedFiles } from '../../scripts/generate-snippets';
import { checkDocument } from '../../server/src/core/check';
import { parsePlan } from '../../server/src/core/parse';
import { FIELDS } from '../../server/src/data/fields';
import { BANKS, BANK_IDS, CHALLENGE_QUESTIONS, ROOT_CAUSE_PROBES, bankForHeading } from '../../server/src/data/questions';
import { CHALLENGE_HEADING } from '../../server/src/data/sections';
import {
  bankTemplate,
  challengeTemplate,
  goalTemplate,
  planTemplate,
  probesTemplate,
  purposeTemplate,
  sessionTemplate,
  toSnippet,
  toText,
  type Template,
} from '../../server/src/data/templates';

// ---- a strict reader of VS Code snippet syntax, enough to validate and expand our bodies

const VARIABLES: Readonly<Record<string, string>> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '02' };

interface Expanded {
  readonly text: string;
  readonly stops: ReadonlySet<number>;
}

/** Expands a snippet body the way VS Code inserts it (defaults, first choices, transforms); throws on bad syntax. */
function expandSnippet(body: string): Expanded {
  const stops = new Set<number>();
  const values = new Map<number, string>();
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 20), i + 20))}`);
  };
  const number = (): number => {
    const m = /^\d+/.exec(body.slice(i)) ?? fail('expected a number');
    i += m[0].length;
    return Number(m[0]);
  };
  /** Reads up to an unescaped `stop` outside any `${…}` (transform formats nest them). */
  const until = (stop: string): string => {
    let out = '';
    let depth = 0;
    while (depth > 0 || body[i] !== stop) {
      if (i >= body.length) fail(`missing ${stop}`);
      if (body[i] === '\\' && i + 1 < body.length) out += body[i++];
      else if (body[i] === '$' && body[i + 1] === '{') depth++;
      else if (body[i] === '}' && depth > 0) depth--;
      out += body[i++];
    }
    i++;
    return out;
  };
  const transform = (value: string, regex: string, format: string, flags: string): string =>
    value.replace(new RegExp(regex, flags), (...args: unknown[]) => {
      const groups = args.slice(1, -2) as (string | undefined)[];
      return format.replace(/\$\{(\d+):(\/downcase|\+[^}]*)\}|\$(\d+)/g, (_m, n: string | undefined, op: string | undefined, plain: string | undefined) => {
        const g = groups[Number(n ?? plain) - 1];
        if (plain !== undefined) return g ?? '';
        if (op === '/downcase') return (g ?? '').toLowerCase();
        return g !== undefined ? (op ?? '').slice(1) : '';
      });
    });
  const text = (inside: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        const next = body[i + 1];
        if (next !== '$' && next !== '}' && next !== '\\') fail('needless escape');
        out += next;
        i += 2;
      } else if (c === '}') {
        if (inside) return out;
        fail('unescaped }');
      } else if (c === '$') {
        i++;
        if (/\d/.test(body[i] ?? '')) {
          const n = number();
          stops.add(n);
          out += values.get(n) ?? '';
        } else if (/[A-Z_]/.test(body[i] ?? '')) {
          const name = /^[A-Z_]+/.exec(body.slice(i))![0];
          i += name.length;
          out += VARIABLES[name] ?? fail(`unknown variable ${name}`);
        } else if (body[i] === '{') {
          i++;
          const n = number();
          stops.add(n);
          const kind = body[i++];
          if (kind === ':') {
            const value = text(true);
            i++;
            if (!values.has(n)) values.set(n, value);
            out += value;
          } else if (kind === '|') {
            const choices = until('|').split(/(?<!\\),/);
            if (body[i++] !== '}') fail('expected } after choices');
            const first = (choices[0] ?? '').replace(/\\(.)/g, '$1');
            if (!values.has(n)) values.set(n, first);
            out += first;
          } else if (kind === '/') {
            const regex = until('/');
            const format = until('/');
            const flags = until('}');
            if (!/^[gimsuy]*$/.test(flags)) fail('bad regex flags');
            out += transform(values.get(n) ?? fail(`transform of unknown stop ${n}`), regex, format, flags);
          } else if (kind === '}') {
            out += values.get(n) ?? '';
          } else fail('bad placeholder');
        } else fail('unescaped $');
      } else {
        out += c;
        i++;
      }
    }
    if (inside) fail('unclosed placeholder');
    return out;
  };
  return { text: text(false), stops };
}

const trimLines = (s: string): string => s.replace(/[ \t]+$/gm, '');

function committed(path: string): string {
  return readFileSync(path, 'utf8');
}

describe('generated snippets and grammar', () => {
  it('match the committed files (run `npm run snippets` after changing server/src/data)', () => {
    for (const { path, text } of generatedFiles()) assert.equal(committed(path), text, path);
  });

  it('--check passes on the committed files', () => {
    const script = join(dirname(SNIPPETS_PATH), '..', 'scripts', 'generate-snippets.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('grammar file is valid JSON with the injection scope', () => {
    const grammar = JSON.parse(committed(GRAMMAR_PATH)) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, 'markdown.mentoring-plans.injection');
    assert.match(grammar.injectionSelector, /^L:/);
  });
});

describe('snippets', () => {
  const file = JSON.parse(committed(SNIPPETS_PATH)) as Record<string, { prefix: string; scope: string; description: string; body: string[] }>;
  const byPrefix = new Map(Object.values(file).map((s) => [s.prefix, s]));
  const bodyOf = (prefix: string): string => {
    const s = byPrefix.get(prefix);
    assert.ok(s, `snippet ${prefix}`);
    return s.body.join('\n');
  };

  it('has every expected prefix once', () => {
    const expected = ['mp-plan', 'mp-goal', ...BANK_IDS.map((id) => `mp-bank-${id}`), 'mp-challenge', 'mp-probes', 'mp-session', 'mp-purpose'];
    assert.deepEqual(
      Object.values(file)
        .map((s) => s.prefix)
        .sort(),
      [...expected].sort(),
    );
  });

  it('has valid bodies with contiguous tab stops', () => {
    for (const [name, s] of Object.entries(file)) {
      assert.equal(s.scope, 'markdown', name);
      assert.ok(s.description.length > 10, name);
      assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string') && s.body.length > 1, name);
      const { stops } = expandSnippet(s.body.join('\n'));
      const numbered = [...stops].filter((n) => n > 0).sort((a, b) => a - b);
      assert.deepEqual(
        numbered,
        numbered.map((_, k) => k + 1),
        `${name}: tab stops ${numbered.join(',')}`,
      );
    }
  });

  it('holds every bank with all its questions', () => {
    for (const bank of BANKS) {
      const body = bodyOf(`mp-bank-${bank.id}`);
      assert.match(body, new RegExp(`^### ${bank.title}\\n`));
      for (const q of bank.questions) {
        assert.ok(body.includes(`- ${q}`), `${bank.id}: ${q}`);
        assert.ok(bodyOf('mp-plan').includes(`- ${q}`), `plan: ${q}`);
      }
    }
  });

  it('holds the challenge questions and the probes', () => {
    for (const c of CHALLENGE_QUESTIONS) {
      assert.ok(bodyOf('mp-challenge').includes(`- ${c.text}`), c.id);
      assert.ok(bodyOf('mp-goal').includes(`- ${c.text}`), c.id);
      assert.ok(bodyOf('mp-plan').includes(`- ${c.text}`), c.id);
    }
    assert.match(bodyOf('mp-challenge'), new RegExp(`^#### ${CHALLENGE_HEADING}\\n`));
    for (const p of ROOT_CAUSE_PROBES) assert.ok(bodyOf('mp-probes').includes(`- ${p.text}`), p.id);
  });

  it('mp-plan and mp-goal, inserted as they come, pass their own check with no warnings or errors', () => {
    const plan = expandSnippet(bodyOf('mp-plan')).text;
    const withGoal = plan.replace('## Sessions', `${expandSnippet(bodyOf('mp-goal')).text}\n## Sessions`);
    for (const text of [plan, withGoal]) {
      const { isPlan, findings } = checkDocument(text, { relativePath: 'new.plan.md', today: '2026-11-02' });
      assert.equal(isPlan, true);
      assert.deepEqual(findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
    }
  });

  it('writes every field in the goal but "Evolved into", which a new goal has no use for', () => {
    for (const f of FIELDS.filter((f) => f.key !== 'evolved')) assert.match(bodyOf('mp-goal'), new RegExp(`^- ${f.label}: `, 'm'), f.key);
  });

  it('matches the plain text of the same templates', () => {
    const templates: Record<string, Template> = {
      'mp-goal': goalTemplate({ answerStops: true }),
      'mp-bank-support': bankTemplate('support', { answerStops: true }),
      'mp-challenge': challengeTemplate({ answerStops: true }),
      'mp-probes': probesTemplate({ answerStops: true }),
      'mp-purpose': purposeTemplate(),
    };
    for (const [prefix, t] of Object.entries(templates)) assert.equal(trimLines(expandSnippet(bodyOf(prefix)).text), toText(t), prefix);
  });
});

describe('templates', () => {
  it('escape snippet syntax in text and values', () => {
    const t: Template = ['cost: $5 {x} \\ ', { kind: 'stop', key: 'a', text: 'a $b}' }, ' ', { kind: 'stop', key: 'c', text: 'x', choices: ['x', 'y,z', 'p|q'] }];
    const snippet = toSnippet(t);
    assert.equal(snippet, 'cost: \\$5 {x\\} \\\\ ${1:a \\$b\\}} ${2|x,y\\,z,p\\|q|}');
    assert.equal(expandSnippet(snippet).text, toText(t));
  });

  it('give the same text as a snippet once dates are fixed', () => {
    const options = { mentee: 'Mac', mentor: 'Gaye', started: '2026-11-02', nextReview: '2027-01-15' };
    assert.equal(trimLines(expandSnippet(toSnippet(planTemplate(options))).text), toText(planTemplate(options)));
    assert.equal(trimLines(expandSnippet(toSnippet(sessionTemplate({ date: '2026-11-16' }))).text), toText(sessionTemplate({ date: '2026-11-16' })));
  });

  it('use snippet date variables only in snippets', () => {
    assert.match(toSnippet(sessionTemplate()), /\$\{1:\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE\}/);
    assert.match(toText(sessionTemplate()), /^### YYYY-MM-DD\n/);
    assert.doesNotMatch(toText(planTemplate()), /\$/);
  });

  it('take values by stop key, including mirrors and anchors', () => {
    const text = toText(planTemplate(), { mentee: 'Mac', aim: "Become a manager my team's glad to have" });
    assert.match(text, /^mentee: Mac$/m);
    assert.match(text, /^# Mentoring plan: Mac$/m);
    assert.match(text, /^- Why this matters: \[Become a manager my team's glad to have\]\(#become-a-manager-my-teams-glad-to-have\)$/m);
  });

  it('build a plan the parser reads as intended', () => {
    const aim = 'Become a manager my team trusts';
    const text = toText(planTemplate({ mentee: 'Mac', mentor: 'Gaye', started: '2026-11-02', nextReview: '2027-01-15', aim, goal: { statement: 'Delegate the status report to Priya by 15 January 2027', by: '2027-01-15' } }));
    const plan = parsePlan(text);
    assert.equal(plan.frontMatter?.data.type, 'mentoring-plan');
    assert.equal(plan.frontMatter?.data['next-review'], '2027-01-15');
    assert.deepEqual(
      plan.sections.map((s) => s.kind),
      ['purpose', 'exploration', 'goals', 'sessions'],
    );
    assert.deepEqual(
      plan.purposes.map((p) => p.heading.text),
      [aim],
    );
    assert.deepEqual(
      plan.exploration?.banks.map((b) => bankForHeading(b.heading.text)),
      BANK_IDS,
    );
    assert.deepEqual(
      plan.exploration?.banks.map((b) => b.questions.length),
      BANKS.map((b) => b.questions.length),
    );
    assert.equal(plan.exploration?.answeredCount, 0);
    assert.equal(plan.goals.length, 1);
    const goal = plan.goals[0];
    assert.deepEqual(
      goal.fields.map((f) => f.key),
      FIELDS.filter((f) => f.key !== 'evolved').map((f) => f.key),
    );
    assert.deepEqual(goal.fields.find((f) => f.key === 'why')?.links.map((l) => l.target), [`#${slug(aim)}`]);
    assert.deepEqual(
      goal.challenges.map((c) => [c.text, c.answer]),
      CHALLENGE_QUESTIONS.map((c) => [c.text, '']),
    );
    assert.equal(plan.sessions.length, 1);
  });
});

describe('questions', () => {
  const allQuestions = [...BANKS.flatMap((b) => b.questions), ...CHALLENGE_QUESTIONS.map((c) => c.text), ...ROOT_CAUSE_PROBES.map((p) => p.text)];

  it('end with their only question mark, since the parser reads what follows as the answer', () => {
    for (const q of allQuestions) assert.match(q, /^[^?]+\?$/, q);
  });

  it('are unique', () => {
    assert.equal(new Set(allQuestions).size, allQuestions.length);
  });

  it('have four banks of five to seven questions', () => {
    assert.deepEqual(BANK_IDS, ['identity', 'values', 'support', 'achievement']);
    for (const b of BANKS) assert.ok(b.questions.length >= 5 && b.questions.length <= 7, b.id);
  });

  it('have the five challenge questions and six probes', () => {
    assert.deepEqual(
      CHALLENGE_QUESTIONS.map((c) => c.id),
      ['why-this-goal', 'why-now', 'whose-goal', 'larger-goal', 'what-it-replaces'],
    );
    assert.deepEqual(
      ROOT_CAUSE_PROBES.map((p) => p.id),
      ['confidence', 'skill', 'time', 'priorities', 'delegation', 'results'],
    );
  });

  it('find banks from headings as mentors write them', () => {
    const cases: [string, string | undefined][] = [
      ['Identity', 'identity'],
      ['Identity questions', 'identity'],
      ['🌱 Values', 'values'],
      ['VALUES:', 'values'],
      ['2. Support network', 'support'],
      ['The support bank', 'support'],
      ['Achievements', 'achievement'],
      ['**Achievement** question bank', 'achievement'],
      ['Who I am', 'identity'],
      ['Goals', undefined],
      ['Identity theft', undefined],
      ['', undefined],
    ];
    for (const [heading, id] of cases) assert.equal(bankForHeading(heading), id, heading);
  });
});

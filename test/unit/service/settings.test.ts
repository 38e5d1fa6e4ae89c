// Editor settings meet the validator config files use: the valid parts apply, each problem names its key.

import { strict as assert } from 'node:assert';
import { Settings, settingsToConfig } from '../../../server/src/service/settings';
import { MemoryHost } from '../../support/memory-host';

describe('service: settings', () => {
  it('keeps the valid parts and names each problem by its key', () => {
    const { config, problems } = settingsToConfig({
      files: ['mentees/**/*.md'],
      rules: { 'no-horizon': 'error', 'vague-goals': 'off', 'past-due': 'loud' },
      phrases: { vague: ['get better at'], fuzzy: ['kind of'] },
      // Settings the checks do not read are not problems.
      codeLens: { enabled: false },
      maxFileSize: 1000,
    });
    assert.deepEqual(config, { files: ['mentees/**/*.md'], rules: { 'no-horizon': 'error' }, phrases: { vague: { add: ['get better at'] } } });
    assert.deepEqual(
      problems.map((p) => p.key),
      ['rules.vague-goals', 'rules.past-due', 'phrases.fuzzy'],
    );
    assert.equal(problems[1].message, '"loud" is not a severity for "past-due"; use off, hint, information, warning, error.');
  });

  it('reads each document’s settings once, from the client when it can be asked, with the size limit', async () => {
    const host = new MemoryHost();
    const asked: string[] = [];
    const settings = new Settings(
      {
        pull: (uri) => {
          asked.push(uri);
          return Promise.resolve({ rules: { 'missing-why': 'off' }, maxFileSize: 2048 });
        },
      },
      host.log,
    );
    const uri = 'file:///ws/amara.plan.md';
    assert.equal((await settings.configFor(uri)).rules['missing-why'], 'off');
    await settings.configFor(uri);
    assert.deepEqual(asked, [uri]);
    assert.equal(settings.maxFileSize(uri), 2048);
    settings.forget(uri);
    await settings.configFor(uri);
    assert.deepEqual(asked, [uri, uri]);
  });

  it('uses the settings the client sent when it cannot be asked per document, and logs their problems', async () => {
    const host = new MemoryHost();
    const settings = new Settings({ pull: () => undefined }, host.log);
    settings.setGlobal({ rules: { 'no-stretch': 'warning', nope: 'off' } });
    assert.equal((await settings.configFor('file:///ws/a.plan.md')).rules['no-stretch'], 'warning');
    assert.equal(host.messages.length, 1);
    assert.match(host.messages[0], /^warn: Setting mentoringPlans\.rules\.nope: "nope" is not a rule of Mentoring Plans; the rules are vague-goal, symptom-goal, /);
  });
});

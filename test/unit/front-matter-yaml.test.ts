// Front matter is read as data within bounds: every shape answers with data or one plain error.

import { strict as assert } from 'node:assert';
import { MAX_FRONT_MATTER_DEPTH, readFrontMatterYaml } from '../../server/src/core/front-matter-yaml';

describe('front matter YAML within bounds', () => {
  it('reads a plan\'s details, nested lists and aliases used a few times', () => {
    const yaml = 'type: mentoring-plan\nmentee: Nadia\nrota: &days [Tuesday, Thursday]\nbackup: *days\ncontacts:\n  - name: "Sam [deputy]"\n    phone: "07700 900123" # mobile\n  - { name: Lee, role: {title: caretaker} }\n';
    assert.deepEqual(readFrontMatterYaml(yaml), {
      data: { type: 'mentoring-plan', mentee: 'Nadia', rota: ['Tuesday', 'Thursday'], backup: ['Tuesday', 'Thursday'], contacts: [{ name: 'Sam [deputy]', phone: '07700 900123' }, { name: 'Lee', role: { title: 'caretaker' } }] },
    });
  });

  it('accepts nesting up to the limit, and refuses one level more at the line that goes too deep', () => {
    const block = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' leaf\n';
    assert.equal(readFrontMatterYaml(block(MAX_FRONT_MATTER_DEPTH)).error, undefined);
    const deep = block(MAX_FRONT_MATTER_DEPTH + 1);
    assert.deepEqual(readFrontMatterYaml(deep), { data: {}, error: { message: 'it is nested more than 64 levels deep', pos: deep.lastIndexOf('\n', deep.length - 2) + 1 } });
    assert.equal(readFrontMatterYaml(`${'- '.repeat(70)}x\n`).error?.message, 'it is nested more than 64 levels deep');
    assert.equal(readFrontMatterYaml(`a: "${'['.repeat(500)}"\n`).error, undefined, 'brackets in quotes are text');
  });

  it('refuses tags that ask for code or types, and aliases that expand into too many copies', () => {
    assert.deepEqual(readFrontMatterYaml('mentee: !!js/undefined x\n'), { data: {}, error: { message: 'the tag !!js/undefined is not plain YAML; write the value without it', pos: 8 } });
    assert.deepEqual(readFrontMatterYaml('mentee: !python/object x\n'), { data: {}, error: { message: 'the tag !python/object is not plain YAML; write the value without it', pos: 8 } });
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
    assert.deepEqual(readFrontMatterYaml(laughs), { data: {}, error: { message: 'its aliases (*name) expand into too many copies', pos: 0 } });
  });
});

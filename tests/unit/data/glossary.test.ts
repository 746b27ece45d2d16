import {describe, expect, it} from 'vitest';
import {findGlossaryEntry, glossary} from '../../../src/data/glossary';

// The ids the course pages may use in <Term id="...">: removing one would break pages and links.
const COURSE_IDS = [
  'docker',
  'docker-engine',
  'container',
  'image',
  'layer',
  'base-image',
  'writable-layer',
  'build-cache',
  'registry',
  'repository',
  'tag',
  'docker-hub',
  'official-image',
  'dockerfile',
  'build-context',
  'volume',
  'bind-mount',
  'docker-compose',
  'service',
  'port-publishing',
  'detached-mode',
  'entrypoint',
  'virtual-machine',
  'hypervisor',
  'bare-metal',
  'kernel',
  'namespace',
  'cgroup',
  'virtualization',
  'ci-cd',
  'rollback',
  'blue-green-deployment',
  'exit-code',
  'container-id',
  // Edition 1.1
  'network',
  'multi-stage-build',
  'health-check',
  'environment-variable',
  'secret',
  'dangling-image',
  'access-token',
];

describe('the glossary', () => {
  it('has unique kebab-case ids', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps every id the course pages use', () => {
    for (const id of COURSE_IDS) expect(findGlossaryEntry(id), id).toBeDefined();
  });

  it('gives each term and definition in English and Spanish', () => {
    for (const entry of glossary) {
      for (const locale of ['en', 'es'] as const) {
        expect(entry.term[locale].trim(), `${entry.id} term (${locale})`).not.toBe('');
        expect(entry.definition[locale], `${entry.id} definition (${locale})`).toMatch(/^\S.*\.$/s);
        expect(
          (entry.definition[locale].match(/`/g) ?? []).length % 2,
          `${entry.id} definition (${locale}) closes every code span it opens with a backtick`,
        ).toBe(0);
      }
      expect(entry.definition.es, `${entry.id}: Spanish definition is translated`).not.toBe(
        entry.definition.en,
      );
    }
  });

  it('links related terms that exist, never to itself', () => {
    for (const entry of glossary) {
      for (const id of entry.related ?? []) {
        expect(findGlossaryEntry(id), `${entry.id} → ${id}`).toBeDefined();
        expect(id).not.toBe(entry.id);
      }
    }
  });
});

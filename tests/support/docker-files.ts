/**
 * The linters the course examples and the project's own image are held to, in one place, so both are
 * checked the same way: dockerfile-utils with every check an error, the Compose specification's JSON
 * schema (as dclint ships it) and dclint itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import {DCLinter} from 'dclint';
import {validate, ValidationSeverity} from 'dockerfile-utils';

const COMPOSE_SCHEMA = path.resolve(__dirname, '../../node_modules/dclint/schemas/compose.schema.json');

/** A Dockerfile's instructions as [KEYWORD, arguments], continuation lines joined, comments left out. */
export function instructions(dockerfile: string): [string, string][] {
  return dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return [keyword.toUpperCase(), rest.join(' ')];
    });
}

/** dockerfile-utils problems, every check raised to an error, as `line N: message`. */
export function dockerfileProblems(dockerfile: string): string[] {
  const strict = ValidationSeverity.ERROR;
  const problems = validate(dockerfile, {
    deprecatedMaintainer: strict,
    directiveCasing: strict,
    emptyContinuationLine: strict,
    instructionCasing: strict,
    instructionCmdMultiple: strict,
    instructionEntrypointMultiple: strict,
    instructionHealthcheckMultiple: strict,
    instructionJSONInSingleQuotes: strict,
    instructionWorkdirRelative: strict,
  });
  return problems.map((p) => `line ${p.range.start.line + 1}: ${p.message}`);
}

/** Where a parsed Compose file breaks the Compose specification's JSON schema (empty when valid). */
export function composeSchemaErrors(compose: unknown): string[] {
  // The file names draft-07 without the trailing '#' Ajv registers it under; draft-07 is Ajv's default anyway.
  const schema = JSON.parse(fs.readFileSync(COMPOSE_SCHEMA, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({allErrors: true, strict: false});
  return ajv.validate(schema, compose) ? [] : (ajv.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** dclint's messages for a Compose file, as `line N: message (rule)`. */
export function dclintMessages(composePath: string): string[] {
  const linter = new DCLinter({rules: {}, quiet: false, debug: false, exclude: []});
  const [result] = linter.lintFiles([composePath], false);
  return result.messages.map((m) => `line ${m.line}: ${m.message} (${m.rule})`);
}

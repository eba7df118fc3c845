/** The renderer's one reader of refusals: parse the details, sort by field, translate. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/src/api/client';
import { fieldsNamed, firstPerField, issuesOf, readIssues, refusalOf } from '../../renderer/src/api/issues';
import type { Translate } from '../../renderer/src/i18n/i18n';
import { ApiError, refuse } from '../../shared/errors';
import { issue } from '../../shared/refusals';

function translator(locale: string): Translate {
  const b = new FluentBundle(locale, { useIsolating: false });
  b.addResource(new FluentResource(readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'src', 'i18n', 'locales', locale, 'refusals.ftl'), 'utf8')));
  return (id, args) => b.formatPattern(b.getMessage(id)!.value!, args);
}
const es = translator('es');
const en = translator('en-US');

const failed = (err: ApiError) => new ApiCallError(err.toJSON(), 'reps.update');

describe('reading a refusal', () => {
  it('returns null for a failure that is not a refusal, or whose details do not match the contract', () => {
    expect(issuesOf(new Error('network down'))).toBeNull();
    expect(issuesOf(failed(new ApiError('INTERNAL', 'boom')))).toBeNull();
    expect(issuesOf(failed(new ApiError('BAD_INPUT', 'x', { issues: [{ path: 3 }] })))).toBeNull();
    expect(refusalOf(failed(new ApiError('NOT_FOUND', 'No Rep', { id: 'x' })), en)).toBeNull();
  });

  it('translates issues with a message id, keeps the English of those without, and sorts them by field', () => {
    const err = failed(
      refuse('BAD_INPUT', [
        issue('email', 'refusal-email-taken', { name: 'Ana', email: 'a@x.org' }),
        { path: 'fields.steps.0', message: 'Too big: expected string to have <=200 characters' },
        issue('', 'refusal-archive-not-json'),
        issue('expectedVersion', 'refusal-stale-rep', { expected: 1, current: 2 }),
      ]),
    );
    const r = refusalOf(err, es, fieldsNamed(['email', 'steps']))!;
    expect(r.byField).toEqual(
      new Map([
        ['email', ['Ana ya usa a@x.org.']],
        ['steps', ['Too big: expected string to have <=200 characters']],
      ]),
    );
    // Nothing on the form is at fault for these: they are shown together, with the path they name.
    expect(r.general).toEqual([
      'Este archivo no es un archivo de Rekindle: no es JSON válido. No se cambió nada.',
      'expectedVersion: Este Rep se cambió en otro lugar (editaste la versión 1; ahora es la versión 2). Vuelve a cargarlo y aplica tu cambio de nuevo.',
    ]);
  });

  it('says in English exactly what the backend said', () => {
    const err = refuse('BAD_INPUT', issue('date', 'refusal-conversation-future'));
    const r = readIssues(issuesOf(failed(err))!, en, () => null);
    expect(r.general).toEqual([err.message]);
  });

  it('gives a form the first message per field', () => {
    const r = readIssues([issue('email', 'refusal-email-taken', { name: 'Ana', email: 'a' }), { path: 'email', message: 'second' }], en);
    expect(firstPerField(r)).toEqual({ email: 'Ana already uses a.' });
  });
});

/**
 * The community server's `validate_doc_update` functions, generated from the permissions table
 * (shared/sync/permissions.ts) and the confidential-fields table (shared/domain/confidential.ts),
 * so that neither is written twice. One function per database:
 *
 * - the shared database `<db>`: `{_id: "<collection>:<id>", collection, record, by, at}`, the
 *   record with its confidential fields emptied;
 * - the confidential database `<db>-confidential`: `{_id, collection, fields: {<path>: value}, by, at}`,
 *   written only by mentors and the Council (its `_security` also keeps coaches from reading it).
 *
 * Both refuse a write without an account, without a Rekindle role, signed by someone else (`by`),
 * or that the account's roles may not make. The server's administrators (`_admin`) may write
 * anything: restoring a backup or repairing data is theirs.
 */
import { CONFIDENTIAL } from '../domain/confidential';
import { checkWrite, WRITE_RULES } from './permissions';
import { SYNC_SERVER_MESSAGES } from './server-messages';

export type DatabasePart = 'shared' | 'confidential';

/** The design document that carries the function, in both databases. */
export const DESIGN_DOC_ID = '_design/rekindle';

/** The confidential field paths per stored collection (the composed views have no documents). */
export function confidentialPaths(): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const [collection, rule] of Object.entries(CONFIDENTIAL)) if (collection in WRITE_RULES) out[collection] = rule.fields;
  return out;
}

/**
 * The first confidential path of `record` that carries text, or null. ES5 and self-contained for
 * the same reason as `checkWrite`: the server runs its source. Paths are "field" or "list[].field".
 */
export function confidentialLeak(paths: Readonly<Record<string, readonly string[]>>, collection: string, record: unknown): string | null {
  var list = Object.prototype.hasOwnProperty.call(paths, collection) ? paths[collection]! : [];
  var r = record as Record<string, unknown>;
  for (var p = 0; p < list.length; p++) {
    var parts = list[p]!.split('[].');
    var values: unknown[] = [];
    if (parts.length === 1) values.push(r[parts[0]!]);
    else {
      var items = r[parts[0]!];
      if (items && typeof items === 'object' && typeof (items as unknown[]).length === 'number') {
        for (var i = 0; i < (items as unknown[]).length; i++) {
          var item = (items as Record<string, unknown>[])[i];
          if (item && typeof item === 'object') values.push(item[parts[1]!]);
        }
      }
    }
    for (var v = 0; v < values.length; v++) if (values[v] !== undefined && values[v] !== null && values[v] !== '') return list[p]!;
  }
  return null;
}

/**
 * The body of the check, as source text. Throws CouchDB's `{unauthorized}` (401: sign in) or
 * `{forbidden}` (403) with `{messageId, args, message}` as JSON, read back by `serverRefusal`.
 */
const BODY = String.raw`
  var isAdmin = userCtx.roles.indexOf('_admin') !== -1;
  if (isAdmin) return;
  var say = function (messageId, args) {
    var message = MESSAGES[messageId].replace(/\{ \$(\w+) \}/g, function (_, name) { return String(args[name]); });
    return JSON.stringify({ messageId: messageId, args: args, message: message });
  };
  if (!userCtx.name) throw { unauthorized: say('sync-refused-not-signed-in', {}) };
  var roles = [];
  for (var r = 0; r < userCtx.roles.length; r++) if (ROLES.indexOf(userCtx.roles[r]) !== -1) roles.push(userCtx.roles[r]);
  if (roles.length === 0) throw { forbidden: say('sync-refused-no-role', { name: userCtx.name }) };
  var id = String(newDoc._id);
  if (id.indexOf('_design/') === 0) throw { forbidden: say('sync-refused-design', {}) };
  var colon = id.indexOf(':');
  var collection = colon > 0 ? id.slice(0, colon) : '';
  var recordId = colon > 0 ? id.slice(colon + 1) : '';
  if (!collection || !/^[A-Za-z0-9_-]{1,64}$/.test(recordId)) throw { forbidden: say('sync-refused-bad-id', { id: id }) };
  var refusal;
  if (newDoc._deleted) {
    // A deletion (of a record, or of a losing revision when a conflict is resolved) carries no body.
    refusal = checkWrite(TABLE, roles, collection, null, null);
    if (refusal) throw { forbidden: say(refusal.messageId, refusal.args) };
    if (PART === 'confidential' && roles.indexOf('mentor') === -1 && roles.indexOf('council') === -1) throw { forbidden: say('sync-refused-confidential-role', {}) };
    return;
  }
  if (newDoc.collection !== collection) throw { forbidden: say('sync-refused-bad-id', { id: id }) };
  if (newDoc.by !== userCtx.name) throw { forbidden: say('sync-refused-author', { name: userCtx.name, by: String(newDoc.by) }) };
  if (typeof newDoc.at !== 'string') throw { forbidden: say('sync-refused-bad-doc', { problem: 'at' }) };
  if (PART === 'shared') {
    var record = newDoc.record;
    if (!record || typeof record !== 'object' || record.id !== recordId) throw { forbidden: say('sync-refused-bad-id', { id: id }) };
    var before = oldDoc && !oldDoc._deleted && oldDoc.record && typeof oldDoc.record === 'object' ? oldDoc.record : null;
    refusal = checkWrite(TABLE, roles, collection, before, record);
    if (refusal) throw { forbidden: say(refusal.messageId, refusal.args) };
    var leak = confidentialLeak(PATHS, collection, record);
    if (leak) throw { forbidden: say('sync-refused-confidential-in-shared', { collection: collection, field: leak }) };
  } else {
    if (roles.indexOf('mentor') === -1 && roles.indexOf('council') === -1) throw { forbidden: say('sync-refused-confidential-role', {}) };
    refusal = checkWrite(TABLE, roles, collection, null, null);
    if (refusal) throw { forbidden: say(refusal.messageId, refusal.args) };
    var fields = newDoc.fields;
    if (!fields || typeof fields !== 'object') throw { forbidden: say('sync-refused-bad-doc', { problem: 'fields' }) };
    var allowed = PATHS.hasOwnProperty(collection) ? PATHS[collection] : [];
    for (var key in fields) {
      if (fields.hasOwnProperty(key) && allowed.indexOf(key) === -1) throw { forbidden: say('sync-refused-confidential-field', { collection: collection, field: key }) };
    }
  }
`;

/** The `validate_doc_update` source for one of the two databases. */
export function validateDocUpdateSource(part: DatabasePart): string {
  const refusalMessages = Object.fromEntries(Object.entries(SYNC_SERVER_MESSAGES).filter(([id]) => id.startsWith('sync-refused-')));
  return [
    'function (newDoc, oldDoc, userCtx, secObj) {',
    `  var PART = ${JSON.stringify(part)};`,
    `  var ROLES = ${JSON.stringify(['coach', 'mentor', 'council'])};`,
    `  var TABLE = ${JSON.stringify(WRITE_RULES)};`,
    `  var PATHS = ${JSON.stringify(confidentialPaths())};`,
    `  var MESSAGES = ${JSON.stringify(refusalMessages)};`,
    `  var checkWrite = ${checkWrite.toString()};`,
    `  var confidentialLeak = ${confidentialLeak.toString()};`,
    BODY,
    '}',
  ].join('\n');
}

/** The design document to install in a database, marked with the version of its rules. */
export function designDoc(part: DatabasePart): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateDocUpdateSource(part) };
}

# What the community server says when it refuses a change, and what setting a community up says.
# The English text is also in shared/sync/server-messages.ts.

sync-refused-not-signed-in = The community server takes changes only from a signed-in account.
sync-refused-no-role = The account { $name } has no Rekindle role (coach, mentor or council) on the community server; ask its administrator for one.
sync-refused-design = Only the server’s administrator may change its validation rules.
sync-refused-bad-doc = The community server refused a document that is not a Rekindle record ({ $problem }).
sync-refused-bad-id = The community server refused a document whose id “{ $id }” is not its collection and record id.
sync-refused-author = A change must be signed by the account that sends it ({ $name }), not by “{ $by }”.
sync-refused-unknown-collection = The community server does not keep “{ $collection }” records.
sync-refused-collection = Only { $roles } may change { $collection } records on the community server.
sync-refused-reassign = Only the Council may give a Rep another mentor.
sync-refused-decide = Only the Council may decide a case or change a decided one.
sync-refused-confidential-role = Only mentors and the Council may write confidential notes to the community server.
sync-refused-confidential-field = “{ $field }” is not a confidential field of { $collection } records.
sync-refused-confidential-in-shared = Confidential text ({ $field } of { $collection }) must not go to the database every member reads.
sync-refused-other = The community server refused the change: { $reason }
sync-url-invalid = “{ $url }” is not a server address such as https://couch.example.org.
sync-url-insecure = Connections to { $host } must use https; plain http is allowed only to this machine (localhost, 127.0.0.1, ::1).
sync-url-credentials = Give the account name and password separately, not inside the server address.
sync-server-unreachable = Cannot reach the community server at { $url } ({ $cause }). Check the address and that the server is running.
sync-server-not-couchdb = { $url } answered, but it is not a CouchDB server.
sync-admin-refused = The server refused the administrator account { $name }: wrong name or password.
sync-server-error = The server answered { $status } to { $what }: { $reason }
sync-db-name-invalid = “{ $db }” is not a database name: use lowercase letters, digits and _ $ ( ) + - /, starting with a letter.
sync-user-name-invalid = “{ $name }” is not an account name: use 1 to 200 characters, no colon, not starting with _.
sync-user-role-needed = Give the account at least one role: --role coach, --role mentor or --role council.

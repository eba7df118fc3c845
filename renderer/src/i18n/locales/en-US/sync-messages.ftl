## What the sync engine says about itself (shared/sync/messages.ts holds the English templates)

sync-aside-garbage = Document { $doc } from the server is not a Rekindle record.
sync-aside-unknown-collection = Document { $doc } belongs to “{ $collection }”, which this version of Rekindle does not know.
sync-aside-invalid = Document { $doc } from the server is not a valid { $collection } record ({ $path }: { $why }).
sync-aside-too-big = Document { $doc } from the server is too big ({ $size } characters; at most { $max }).
sync-problem-password-needed = Sign in again to { $server } to resume sending and receiving changes; they are kept on this machine meanwhile.
sync-problem-unauthorized = The server no longer accepts the account { $name }. Sign in again in Settings → Community.
sync-problem-error = Sync stopped with an error ({ $why }). Changes are kept on this machine; disconnect and connect again in Settings → Community.

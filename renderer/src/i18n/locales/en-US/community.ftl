## Community sync: the header's state, Settings → Community, Sync conflicts

nav-conflicts = Sync conflicts ({ $count })

## The header (sync-state-<state> follows the contract's SyncState)
sync-state-label = Sync
sync-state-local = This machine only
sync-state-connecting = Connecting to the community server…
sync-state-first-sync = First sync: { $done } of { $total }
sync-state-first-sync-starting = First sync: starting…
sync-state-up-to-date = Up to date
sync-state-sending = { $count ->
    [one] Sending 1 change
   *[other] Sending { $count } changes
  }
sync-state-offline = { $count ->
    [0] Offline since { $time } — changes kept
    [one] Offline since { $time } — 1 change kept
   *[other] Offline since { $time } — { $count } changes kept
  }
sync-state-offline-now = { $count ->
    [0] Offline — changes kept
    [one] Offline — 1 change kept
   *[other] Offline — { $count } changes kept
  }
sync-state-refused = Not syncing: { $problem }
sync-state-refused-unknown = Not syncing: the server refused. Check your account name and password in Settings → Community.
sync-state-error = Sync problem: { $problem }
sync-state-error-unknown = Sync problem: something went wrong. Your changes are kept on this machine; try again later.

## Settings → Community
settings-role-from-server = You are signed in to a community server as { $name }; your roles come from the server (Settings → Community), so there is no role switch here.
community-title = Community
community-mode = Where this machine's data lives
community-mode-local = Work on this machine only
community-mode-community = Connect to a community server
community-local-help = Everything stays on this computer. This is the default.
community-connect-form = Connect to a community server
community-url = Server address
community-url-help = For example https://reps.example.org. Plain http:// is only accepted for this computer (127.0.0.1).
community-name = Account name
community-password = Password
community-password-help = Your own account on the community server. The password is sent to the server and never saved in Settings.
community-connect = Connect
community-connecting = Connecting…
community-signed-in-as = Signed in as
community-roles = Roles on the server
community-server = Server
community-last-synced = Last synced
community-set-aside = { $count ->
    [one] 1 document from the server was set aside because it could not be read.
   *[other] { $count } documents from the server were set aside because they could not be read.
  }
community-sign-in-again = Sign in again
community-disconnect = Disconnect
community-disconnect-help = Disconnecting stops syncing and keeps the local copy: everything already on this machine stays here.

## Sync conflicts
conflicts-title = Sync conflicts
conflicts-help = Two people changed the same record while apart. The version shown as yours is the one in use; for each field, keep one of the two, then resolve. Fields that did not clash were merged already.
conflicts-none = There are no sync conflicts.
conflicts-record = { $collection } · { $id }
conflicts-version-mine = Mine: saved by { $by }, { $at }
conflicts-version-theirs = Theirs: saved by { $by }, { $at }
conflicts-mine = Mine:
conflicts-theirs = Theirs:
conflicts-empty-value = (empty)
conflicts-keep-mine = Keep mine
conflicts-keep-theirs = Keep theirs
conflicts-resolve = Resolve

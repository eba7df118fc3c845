## Why a Rep's status changed, from the backend (shared/status-causes.ts); $ago and $type arrive worded
status-cause-no-activity = no significant activity on record
status-cause-last-activity = last significant activity { $ago }: { $type }, { $date }
status-cause-added = added to the roster; no significant activity on record
status-cause-returned = completed { $task } on { $completed } and new significant activity within { $within } days: { $type }, { $date } ({ $later } days later)
status-cause-match = match session: proposed “{ $task }” with { $coach }
status-cause-council-approved = Council decision { $decision } (meeting { $meeting }) approved the move to alumni: { $rationale }
status-cause-council-approved-exception = Council decision { $decision } (meeting { $meeting }) approved the move to alumni as an exception: { $rationale }
status-cause-council-reversed = Council decision { $decision } (meeting { $meeting }) reverses { $reverses }: { $rationale }
status-cause-recorded = { $text }
status-occasion-settings = (after a change to the activity rules in Settings)
status-occasion-import = (activity import { $file })
status-occasion-engagement = (engagement completed)

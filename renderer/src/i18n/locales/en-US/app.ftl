app-title = Rekindle
app-tagline = Bring back the people who went quiet
skip-to-content = Skip to content

## Navigation
nav-label = Main
nav-today = Today
nav-reps = Reps
nav-catalog = Catalog
nav-coaches = Coaches
nav-match = Match
nav-engagements = Engagements
nav-council = Council
nav-insights = Insights
nav-settings = Settings
nav-signed-in = { $name } · { $role ->
    [coach] Coach
    [mentor] Mentor
   *[council] Council
  }

## Roles
role-coach = Coach
role-mentor = Mentor
role-council = Council

## Statuses
status-active = Active
status-at-risk = At risk
status-inactive = Inactive
status-re-engaging = In re-engagement
status-returned = Returned
status-alumni = Alumni

## Common
loading = Loading…
retry = Try again
dismiss = Dismiss
close = Close
save = Save
saving = Saving…
saved = Saved.
never = never
none = None
error-title = Something went wrong
error-boundary = This screen failed to draw: { $message }
error-call = { $message }
error-conflict = { $message }


## Notices
notice-title = Data notice

## Reasons for going quiet (built in; a community can rename them in Settings)
reason-no-time = No time / life change
reason-disillusioned = Disillusioned with direction
reason-unclear-role = Unclear role or lost track
reason-interpersonal-conflict = Interpersonal conflict
reason-bullying-toxicity = Bullying or toxicity
reason-burnout = Burnout
reason-no-recognition = No recognition
reason-tooling-friction = Tooling or process friction
reason-moved-on = Moved on
reason-unknown = Unknown

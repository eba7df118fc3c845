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

## Later features
later-title = { $screen }
later-body = This part of Rekindle arrives in a later release: { $what }
later-catalog = the task catalog, with templates, publishing and instant fuzzy search.
later-coaches = the coach roster with capacity and availability.
later-match = the "why" conversation and explained task and coach suggestions.
later-engagements = engagements, check-ins and the follow-up survey.
later-council = dossiers, the alumni gate and Council decisions.
later-insights = the attrition study: causes, early warning and what brings people back.

## Notices
notice-title = Data notice

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

## Today
today-title = Today
today-greeting = Hello, { $name }. Here is what needs you now as { $role ->
    [coach] a coach
    [mentor] a mentor
   *[council] the Council
  }.
today-empty = Nothing needs you right now.
today-more = { $count } more
today-section-mentees-quiet = Mentees who went quiet
today-section-inactive-mentors = Mentors who are inactive themselves
today-section-near-threshold = Reps nearing the inactive threshold
today-section-check-ins = Engagements that need a check-in
today-section-draft-tasks = Draft tasks to finish
today-last-activity = last significant activity { $date }
today-no-activity = no significant activity on record

## Reps
reps-title = Reps
reps-search = Search Reps
reps-search-placeholder = Name, email, handle or country
reps-filter-status = Status
reps-filter-all = All statuses
reps-sort = Sort by
reps-sort-name = Name
reps-sort-lastActivity = Last activity
reps-sort-status = Status
reps-sort-country = Country
reps-count = { $shown } of { $total } Reps
reps-empty = No Reps match.
reps-col-name = Name
reps-col-country = Country
reps-col-languages = Languages
reps-col-mentor = Mentor
reps-col-status = Status
reps-col-last = Last significant activity
reps-mentor-badge = mentor
rep-detail-title = { $name }
rep-email = Email
rep-languages = Languages
rep-areas = Functional areas
rep-mentor = Mentor
rep-timezone = Time zone
rep-hours = Hours per month
rep-explain = Last significant activity { $ago }: { $type }, { $date }.
rep-explain-none = No significant activity on record.
rep-explain-workflow = Status set by a workflow: { $status }.
rep-recent = Recent activity
rep-recent-passive = passive
rep-mentees = Mentees
rep-notes = Confidential notes
rep-notes-hidden = Confidential notes are shown to mentors and the Council only.
rep-status-history = Status history

## Settings
settings-title = Settings
settings-user = You
settings-user-name = Your name
settings-role = Role
settings-role-help = Roles guide the workflow on this machine and are recorded in the audit log; they are not a security boundary.
settings-mentor-self = You as a mentor
settings-mentor-self-none = Not linked
settings-language = Language
settings-thresholds = Thresholds
settings-at-risk-days = At risk after (days)
settings-inactive-days = Inactive after (days)
settings-mentor-inactive-days = Mentor inactive after (days)
settings-stalled-days = Engagement stalled after (days)
settings-significant = Significant activity types
settings-significant-help = Only these count as significant activity; passive entries are off by default.
settings-saved = Settings saved.
settings-invalid = Please fix: { $message }
settings-field-required = { $field } is required.
settings-field-number = { $field } must be a whole number from { $min } to { $max }.
settings-threshold-order = The at-risk threshold must be shorter than the inactive threshold.

## Activity types
activity-event-organized = event organized
activity-event-attended = event attended
activity-event-report = event report
activity-talk-given = talk given
activity-localization = localization
activity-documentation = documentation
activity-code-contribution = code contribution
activity-mentoring = mentoring
activity-blog-post = blog post
activity-social-post = social post
activity-budget-request = budget request
activity-campaign = campaign
activity-newsletter-read = newsletter read
activity-profile-update = profile update
activity-login = login

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

## Engagements board and detail
engagements-title = Engagements
engagements-lead = From proposal to deliverable. An engagement with no check-in for { $days } days is stalled and shows up on the coach’s and the mentor’s Today.
engagements-filters = Filter engagements
engagements-filter-coach = Coach
engagements-filter-mentor = Mentor
engagements-filter-area = Area
engagements-filter-all = All
engagements-status = { $status ->
    [proposed] Proposed
    [active] Active
    [stalled] Stalled
    [completed] Completed
   *[abandoned] Abandoned
  }
engagements-column = { $status ->
    [proposed] Proposed
    [active] Active
    [stalled] Stalled
    [completed] Completed
   *[abandoned] Abandoned
  } ({ $count })
engagements-card-coach = with { $coach }
engagements-card-steps = { $done } of { $total } steps
engagements-card-due = due { $date }
engagements-detail-title = { $rep } — { $task }
engagements-stalled-cause = ({ $cause })
engagements-coach = Coach
engagements-deliverable = Deliverable
engagements-none = none
engagements-started = Started
engagements-not-started = not started yet
engagements-due = Due
engagements-deliverable-link = Deliverable link
engagements-abandon-reason = Reason
engagements-activate = Activate
engagements-activated = The engagement is active.
engagements-decline = Decline
engagements-declined-reason = Declined before it started.
engagements-abandoned = The engagement is abandoned; the reason is recorded.
engagements-steps = Steps
engagements-no-steps = This task lists no steps.
engagements-step-done = done
engagements-checkin-title = Check in
engagements-checkin-at = When (leave empty for now)
engagements-checkin-note = Note
engagements-checkin-steps = Steps done by now
engagements-checkin-save = Record check-in
engagements-checked-in = Check-in recorded.
engagements-nudge = Send a nudge
engagements-nudged = A check-in nudge is queued in the reminders.
engagements-not-nudged = No nudge queued: one went out this week, or the Rep does not want to be contacted.
engagements-checkins = Check-ins ({ $count })
engagements-checkin-steps-done = steps done: { $steps }
engagements-complete-title = Complete
engagements-complete = Complete the engagement
engagements-completed = Completed. The follow-up survey is ready below.
engagements-abandon-title = Abandon
engagements-abandon = Abandon the engagement

## Today sections for engagements and surveys
today-section-engagements-stalled = Mentees’ engagements that stalled
today-section-surveys-to-read = Surveys to fill in or read
today-section-survey-follow-ups = Follow-ups after a survey (no further push)

## Settings for returners
engagements-settings-title = Returners
engagements-settings-onboarding = Onboarding checklist for returners (one step a line)
engagements-settings-within = A Rep counts as returned after a completed engagement and new significant activity within (days)
engagements-settings-save = Save the returners’ settings
engagements-settings-saved = Saved.
engagements-remind-surveys = Remind unanswered surveys
engagements-reminded = { $count ->
    [0] No survey needed a reminder (each gets one, a week after it was created).
    [one] One survey reminder queued; it goes out with the other reminders.
   *[other] { $count } survey reminders queued; they go out with the other reminders.
  }
engagements-due-edit = Due date
engagements-due-save = Save the due date
engagements-due-saved = Due date saved.

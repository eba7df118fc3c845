## The match session: why conversation, suggestions, why not, choice and batch matching.

match-title = Match session
match-tab-one = One Rep
match-tab-batch = Batch matching
match-tabs-label = Kind of matching
match-pick-title = Choose a Rep who went quiet
match-pick-search = Search Reps
match-pick-empty = No inactive or at-risk Rep matches.
match-session-title = Match session with { $name }
match-rep-facts = Speaks { $languages } · { $hours } h a month on record
match-back-to-list = Choose another Rep
match-rep-detail = Open { $name }’s record

match-conv-title = 1. The “why” conversation
match-conv-previous = Earlier conversations ({ $count })
match-conv-previous-item = { $date } · { $channel } · by { $heldBy }{ $reached ->
    [no] {" "}(did not reach the Rep)
   *[other] {""}
}
match-conv-redacted = Confidential notes are hidden for your role.
match-conv-held-by = Held by
match-conv-date = Date
match-conv-channel = Channel
match-conv-reached = The conversation reached the Rep
match-conv-reasons = Why they went quiet
match-conv-reasons-hint = Choose every reason that applies, with how serious it is.
match-conv-severity = Severity for { $reason }
match-conv-severity-1 = 1 — mild
match-conv-severity-2 = 2 — notable
match-conv-severity-3 = 3 — serious
match-conv-sensitive = sensitive
match-conv-reason-note = Confidential note on { $reason }
match-conv-confidential = Confidential: only the mentor and the Council can read this.
match-conv-wants = Wants to continue
match-conv-wants-yes = Yes
match-conv-wants-maybe = Maybe
match-conv-wants-no = No
match-conv-hours = Hours per month available
match-conv-interests = Interests (comma-separated)
match-conv-avoid-coaches = Coaches to avoid
match-conv-avoid-teams = Teams to avoid
match-conv-consent = The Rep agrees to share this with their coach
match-conv-notes = Confidential notes
match-conv-save = Record the conversation
match-conv-saved = Conversation recorded.
match-conv-skip = Go to suggestions with what is on record

match-sugg-title = 2. Suggestions
match-sugg-summary = { $pairs } possible pairs from { $tasks } tasks and { $coaches } coaches. Interaction allowed: { $ceiling ->
    [light] solo or light only
   *[other] up to moderate
}; { $hours } h a month.
match-sugg-none = No task and coach meet every constraint for this Rep. Use “Why not?” to see what excludes them.
match-sugg-item = { $rank }. { $task } with { $coach }
match-sugg-fit = fit { $percent }%
match-sugg-interaction = { $level ->
    [solo] Solo task
    [light] Light interaction
   *[other] Moderate interaction
}
match-sugg-choose = Choose this pair
match-sugg-choose-label = Choose { $task } with { $coach }
match-sugg-weight = weight { $weight }
match-sugg-orientation = Orientation call (optional)

match-whynot-title = Why not?
match-whynot-hint = Ask about any task or coach to see the constraint that excludes it.
match-whynot-task = Task
match-whynot-coach = Coach
match-whynot-any = (any)
match-whynot-ask = Ask
match-whynot-excluded = Excluded:
match-whynot-possible = Not excluded. Best pair: { $task } with { $coach }.

match-done-title = Proposed engagement created
match-done-pair = { $task } with { $coach }
match-done-first-step = First step: “{ $step }”, due { $date }
match-done-due = The whole task is expected by { $date }.
match-done-orientation = Orientation call: { $date }
match-done-status = { $name } is now in re-engagement; the engagement waits for the coach to start it.
match-done-steps = Steps
match-done-open-rep = Open { $name }’s record
match-done-open-engagement = Open the proposed engagement

match-batch-title = Batch matching
match-batch-hint = Gives every waiting Rep (quiet, wants to continue after a “why” conversation, nothing open) at most one pair, within coach capacities and task slots, maximising the total fit.
match-batch-waiting = { $count } Reps waiting.
match-batch-compute = Compute the plan
match-batch-computing = Computing…
match-batch-total = Total fit { $total } ({ $how }) — greedy would reach { $greedy } with { $greedyPairs } pairs.
match-batch-optimal = proven optimal
match-batch-not-optimal = best found within the time limit, not proven optimal
match-batch-rep = Rep
match-batch-pair = Task and coach
match-batch-fit = Fit
match-batch-keep = Keep
match-batch-keep-label = Keep the pair for { $name }
match-batch-change-label = Pair for { $name }
match-batch-why = Why this pair
match-batch-unassigned = Left out: { $names }
match-batch-create = Create { $count } proposed engagements
match-batch-created = Created { $count } proposed engagements.
match-batch-empty = Nobody is waiting for a match.

## Sentences of the matching engine (ids from shared/matching/explain.ts).
match-reason-language = speaks { $language }
match-reason-availability = about { $taskHours } h a month fits your { $repHours } h
match-reason-availability-unknown = effort not estimated yet — check it fits your { $repHours } h a month
match-reason-interaction-quiet = { $level } task — fits the request for quiet work
match-reason-interaction = { $level } interaction
match-reason-interest = matches interests: { $interests }
match-reason-interest-none = no stated interest in common
match-reason-skill = uses { $count } of { $total } skills: { $skills }
match-reason-skill-new = a chance to learn { $skills }
match-reason-skill-none-needed = no special skills needed
match-reason-timezone-same = same time zone as the coach
match-reason-timezone = { $hours } h apart from the coach — { $overlap } h of shared daytime
match-reason-timezone-unknown = time zone overlap unknown (neutral)
match-reason-coach-load = coach has { $free } of { $capacity } places free
match-reason-coach-record = coach: { $completed } of the last { $finished } finished engagements completed; survey ratings { $rating }/5 ({ $surveys })
match-reason-coach-record-none = coach has no finished engagements yet (neutral prior)
match-reason-task-record = task: { $completed } of the last { $finished } finished engagements completed; survey ratings { $rating }/5 ({ $surveys })
match-reason-task-record-none = nobody has finished this task yet (neutral prior)
match-reason-variety-new = a coach you have not worked with before
match-reason-variety-earlier = a coach you worked with before, but not last time
match-reason-variety-same = the same coach as last time
match-reason-small-step = first step: “{ $step }” (about { $hours } h, { $steps } steps in all)
match-reason-small-step-no-steps = about { $effort } h in one go (no steps listed)
match-reason-small-step-unknown = effort not estimated (neutral)
match-why-task-unknown = there is no task { $taskId }
match-why-coach-unknown = there is no coach { $coachId }
match-why-task-not-published = the task is { $status }, not published
match-why-task-no-slot = all { $slots } slots of the task are taken ({ $open } open engagements)
match-why-task-no-language = the task lists no language; it needs at least one before it can be matched
match-why-task-language = the task is in { $taskLanguages }; the Rep speaks { $repLanguages }
match-why-task-effort = the task needs about { $taskHours } h a month; the Rep has { $repHours } h
match-why-task-interaction = the task is { $level }; the reasons recorded allow { $ceiling } at most
match-why-task-already = the Rep already has this task ({ $status })
match-why-coach-inactive = the coach is not active
match-why-coach-full = the coach is at capacity ({ $load } of { $capacity } engagements)
match-why-coach-self = the coach is the Rep themselves
match-why-coach-avoided = the Rep asked not to work with this coach
match-why-coach-team-avoided = the coach belongs to { $team }, a team the Rep asked to avoid
match-why-coach-language = the coach speaks { $coachLanguages }; the Rep speaks { $repLanguages }
match-why-pair-language = no language shared by the Rep, the task ({ $taskLanguages }) and the coach ({ $coachLanguages })
match-why-task-no-coach = no available coach shares a language with the Rep and this task
match-why-coach-no-task = no available task shares a language with the Rep and this coach
match-why-feasible = possible: ranked { $rank } of { $total } with a fit of { $percent }%

## On the mentor's Today view.
match-today-start = Match session
match-today-start-label = Start a match session with { $name }

insights-title = Insights
insights-lead = The attrition study for the Council: why people went quiet, which communities are drifting now, and what brings people back.
insights-print = Print report
insights-loading = Computing the study…
insights-everyone = all Reps
insights-scope = { $reps } Reps ({ $scope }), { $from } to { $to }.
insights-saved = Saved { $fileName } ({ $rows } rows).
insights-rules = Numbers resting on fewer than { $n } observations are marked as small samples: context, not findings. A return is new significant activity within { $days } days of completing an engagement; going quiet again is { $atRisk } days without significant activity.
insights-empty = Nothing in this range for these filters.
insights-unknown = Unknown
insights-area-none = No area

## Filters
insights-filters = Filters
insights-filter-from = From
insights-filter-to = To
insights-filter-region = Country or region
insights-filter-area = Functional area
insights-all-regions = All countries and regions
insights-all-areas = All areas
insights-countries = Countries
insights-regions = Regions
insights-reset = Reset filters
insights-error-range = The start date must be before the end date.

## Charts
insights-show-table = Show table
insights-hide-table = Hide table
insights-download-csv = Download CSV
insights-small-sample = small sample (n = { $n })
insights-small-note = Too few observations to draw a conclusion; shown for context only.
insights-axis-n = { $name } (n = { $n })
insights-axis-small = { $name } (small sample, n = { $n })

## Causes
insights-causes-title = Leading causes of attrition
insights-causes-summary = { $lost } Reps lost in the period: { $inactive } went inactive, { $alumni } became alumni; { $withReason } with a recorded reason.
insights-chart-causes = Reasons recorded
insights-chart-causes-by-quarter = Reasons by quarter
insights-chart-causes-by-region = Reasons by country
insights-chart-causes-by-area = Reasons by functional area
insights-col-reason = Reason
insights-col-reps = Reps
insights-col-share-mentions = Share of mentions
insights-col-share-lost = Share of Reps lost
insights-col-quarter = Quarter
insights-col-country = Country
insights-col-area = Area
insights-col-lost = Reps lost

## Drift
insights-drift-title = Communities drifting now
insights-drift-rules = A community is drifting when its activity stays below { $ratio } of its own twelve-month baseline for two months, when its share of Reps at risk or of inactive mentors rises by { $rise } or more over { $months } months, or when stalled engagements grow to { $stalled } or more.
insights-chart-drifting = Drifting now, with the indicator that moved
insights-chart-indicators = Indicators over time
insights-chart-indicators-for = Indicators over time: { $community }
insights-community = Community
insights-kind-region = country
insights-kind-area = area
insights-kind-region-plural = Countries
insights-kind-area-plural = Functional areas
insights-members = { $n ->
    [one] { $n } member
   *[other] { $n } members
}
insights-show-all = Show all { $n }
insights-show-fewer = Show fewer
insights-show-over-time = Show { $community } over time
insights-signal-activity = { $indicator }: { $value } of its usual level (alert below { $reference }) in { $month }
insights-signal-share = { $indicator }: { $value }, up from { $reference } three months earlier ({ $month })
insights-signal-count = { $indicator }: { $value }, up from { $reference } three months earlier ({ $month })
insights-indicator-activity = Activity
insights-indicator-at-risk = Reps at risk
insights-indicator-inactive-mentors = Inactive mentors
insights-indicator-stalled-engagements = Stalled engagements
insights-col-month = Month
insights-col-members = Members
insights-col-activity = Significant activities
insights-col-baseline = Baseline (12-month mean)
insights-col-ratio = Against baseline
insights-col-at-risk-share = Share at risk
insights-col-inactive-mentor-share = Share of mentors inactive
insights-col-inactive-mentors = Inactive mentors
insights-col-stalled = Stalled engagements

## Returns
insights-returns-title = What brings people back
insights-returns-summary = { $completed } engagements completed in the period; { $pending } still inside the { $days }-day window are left out until their outcome is known.
insights-returns-overall = Overall return rate { $rate } (95% interval { $low } to { $high }, n = { $n }).
insights-chart-return-rates = Return rate with 95% intervals
insights-return-rates-help = Share of completed engagements followed by new significant activity within { $days } days. Whiskers show the 95% Wilson interval.
insights-breakdown = Break down by
insights-by-reason = Reason
insights-by-interaction = Interaction level
insights-by-area = Functional area
insights-by-coach = Coach
insights-col-n = Completed (n)
insights-col-returned = Returned
insights-col-rate = Return rate
insights-col-interval = 95% interval
insights-interval = { $low } to { $high }
insights-chart-retention = Still active after returning (Kaplan–Meier)
insights-retention-help = Share of returners who have not gone quiet again, by days since their return; Reps still active are counted until today.
insights-logrank = Solo tasks against light or moderate ones: p = { $p } (log-rank).
insights-days-unit = { " " }d
insights-curve-all = All returners
insights-col-curve = Group
insights-col-events = Went quiet again
insights-col-censored = Still active
insights-col-median = Median time to going quiet
insights-col-retained-at = Active after { $days } days
insights-not-reached = not reached
insights-days = { $n } days
insights-chart-paths = Paths back
insights-paths-help = How the { $inactive } missing Reps and { $alumni } alumni who came back in the period got there, step by step.
insights-col-from = Came back from
insights-col-path = Path
insights-col-share = Share
insights-from-inactive = Missing (inactive)
insights-from-alumni = Alumni
insights-step-reminder = Reminder
insights-step-conversation = Conversation
insights-step-match-session = Match session
insights-step-engagement = Engagement started
insights-step-completed = Task completed
insights-step-survey = Survey answered
insights-step-returned = Returned

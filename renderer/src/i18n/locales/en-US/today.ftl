## Today
today-title = Today
today-greeting = Hello, { $name }. Here is what needs you now as { $role ->
    [coach] a coach
    [mentor] a mentor
   *[council] the Council
  }.
today-empty = Nothing needs you right now.
today-more = { $count } more
today-section-mentees-quiet = Mentees who went quiet and need a “why” conversation
today-section-inactive-mentors = Mentors who are inactive themselves
today-section-near-threshold = Reps nearing the inactive threshold
today-section-check-ins = Engagements that need a check-in
today-section-draft-tasks = Draft tasks to finish
today-last-activity = last significant activity { $date }
today-no-activity = no significant activity on record
today-section-mentees-health = All mentees, by health
today-section-capacity = Your capacity
today-capacity-value = { $load } of { $capacity } engagements in use

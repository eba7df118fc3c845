## Coach roster
coaches-title = Coaches
coaches-new = New coach
coaches-search = Search coaches
coaches-sort-relevance = Best match
coaches-sort-name = Name
coaches-sort-load = Most loaded
coaches-sort-free = Most room
coaches-sort-updated = Recently changed
coaches-has-room = Only with room
coaches-include-inactive = Show deactivated
coaches-count = { $count ->
    [one] One coach
   *[other] { $count } coaches
  }
coaches-field-name = Name
coaches-field-email = Email
coaches-field-languages = Languages
coaches-field-timezone = Time zone
coaches-field-areas = Areas
coaches-field-skills = Skills
coaches-field-style = Style
coaches-field-capacity = Capacity (engagements at once)
coaches-field-availability = Availability
coaches-field-teams = Communities and teams
coaches-field-rep = Rep id (optional)
coaches-load = Load
coaches-load-value = { $load } of { $capacity }
coaches-actions = Actions
coaches-inactive = deactivated
coaches-edit-label = Edit { $name }
coaches-deactivate = Deactivate
coaches-deactivate-label = Deactivate { $name }
coaches-new-title = New coach
coaches-edit-title = Edit { $name }
coaches-style-hands-on = Hands-on
coaches-style-pair-working = Pair working
coaches-style-check-in = Regular check-ins
coaches-style-async = Asynchronous
coaches-import-title = Import coaches

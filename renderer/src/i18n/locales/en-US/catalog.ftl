## Catalog of tasks
catalog-title = Task catalog
catalog-new = New task
catalog-import = Import…
catalog-export-csv = Export CSV
catalog-export-json = Export JSON
catalog-export-notes = Include confidential notes
catalog-search = Search tasks
catalog-search-placeholder = Title, summary, deliverable, skills, tags
catalog-any = Any
catalog-filter-language = Language
catalog-filter-language-placeholder = e.g. es
catalog-filter-effort = At most (hours)
catalog-filter-status = Status
catalog-sort = Sort by
catalog-sort-relevance = Best match
catalog-sort-title = Title
catalog-sort-updated = Recently changed
catalog-sort-effort = Effort
catalog-sort-taken = Most taken
catalog-count = { $count ->
    [one] One task
   *[other] { $count } tasks
  }
catalog-list-label = Tasks
catalog-hours = { $hours } h
catalog-taken = taken { $count ->
    [one] once
   *[other] { $count } times
  }
catalog-area-community-building = Community building
catalog-area-events = Events
catalog-area-localization = Localization
catalog-area-documentation = Documentation
catalog-area-design = Design
catalog-area-development = Development
catalog-area-marketing = Marketing
catalog-area-social-media = Social media
catalog-area-education = Education
catalog-area-advocacy = Advocacy
catalog-area-support = Support
catalog-area-research = Research
catalog-interaction-solo = Solo
catalog-interaction-light = Light interaction
catalog-interaction-moderate = Moderate interaction
catalog-status-draft = Draft
catalog-status-published = Published
catalog-status-retired = Retired
catalog-field-title = Title
catalog-field-summary = Summary
catalog-field-deliverable = Deliverable
catalog-field-area = Area
catalog-field-interaction = Interaction
catalog-field-skills = Skills
catalog-field-tags = Tags
catalog-field-languages = Languages
catalog-field-effort = Effort (hours)
catalog-field-days = Expected days
catalog-field-slots = Slots
catalog-field-steps = Steps
catalog-field-notes = Coach notes (confidential)
catalog-hint-comma = Separate several with commas.
catalog-hint-lines = One step per line, in order.
catalog-new-title = New task
catalog-edit-title = Edit “{ $title }”
catalog-save = Save
catalog-cancel = Cancel
catalog-edit = Edit
catalog-duplicate = Duplicate as template
catalog-publish = Publish
catalog-retire = Retire
catalog-missing-intro = Before it can be published, this task needs:
catalog-missing-deliverable = a deliverable
catalog-missing-steps = at least one step
catalog-missing-effortHours = an effort estimate
catalog-missing-languages = at least one language
catalog-preview-title = As the Rep will see it
catalog-preview-effort = about { $hours } h over { $days } days
catalog-preview-steps = Steps
catalog-stats-title = Outcomes
catalog-stats-taken = Taken
catalog-stats-completed = Completed
catalog-stats-abandoned = Abandoned
catalog-stats-in-progress = In progress
catalog-stats-experience = Good experience
catalog-stats-coach = Coach helpful
catalog-stats-fit = Task fit
catalog-stats-average = { $value } / 5 ({ $count ->
    [one] one survey
   *[other] { $count } surveys
  })
catalog-import-title = Import tasks
catalog-import-help = A CSV or JSON file with an id column; rows whose id is already known update that task, and importing the same file again changes nothing. Lists go as “a; b” in a CSV cell.
catalog-import-file = File
catalog-import-summary = { $create } new, { $update } changed, { $unchanged } unchanged, { $error } with errors.
catalog-import-row = Row
catalog-import-id = Id
catalog-import-name = Name
catalog-import-action = What happens
catalog-import-action-create = Created
catalog-import-action-update = Updated
catalog-import-action-unchanged = Unchanged
catalog-import-exclude = Leave out the { $count ->
    [one] bad row
   *[other] { $count } bad rows
  } and import the rest
catalog-import-done = Imported: { $created } new, { $updated } changed, { $unchanged } unchanged, { $excluded } left out.
catalog-import-run = Import
catalog-import-close = Close

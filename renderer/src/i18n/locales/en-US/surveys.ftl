## Follow-up survey and the next step
surveys-title = How did it go?
surveys-status = { $status ->
    [pending] Not started yet.
    [draft] Draft: the answers so far are saved.
   *[answered] Answered.
  }
surveys-q-goodExperience = Was it a good experience? (1 = not at all, 5 = very)
surveys-q-coachHelpful = Was the coach helpful? (1–5)
surveys-q-taskFit = Did the task fit you? (1–5)
surveys-q-wantsMore = Would you like to do more?
surveys-wants-yes = Yes
surveys-wants-maybe = Maybe
surveys-wants-no = No
surveys-scale-hint = Arrow keys choose within a question.
surveys-q-freeText = Anything else you want to tell us?
surveys-q-interests = Interests for next time
surveys-interests-hint = Separate them with commas.
surveys-save-draft = Save draft
surveys-submit = Submit answers
surveys-print = Print the survey
surveys-draft-saved = Draft saved.
surveys-submitted = Answers saved.
surveys-kept-as-draft = Not submitted yet; everything you typed is kept as a draft.
surveys-answers-title = Survey answers ({ $date })
surveys-a-goodExperience = Good experience: { $value }/5
surveys-a-wantsMore = Wants more: { $value ->
    [yes] yes
    [maybe] maybe
   *[no] no
  }
surveys-a-coachHelpful = Coach helpful: { $value }/5
surveys-a-taskFit = Task fit: { $value }/5
surveys-a-interests = Interests for next time: { $interests }
surveys-mark-read = Mark as read
surveys-followup-title = Follow up with care
surveys-followup-text = Talk with { $rep } about how it went. Rekindle will not suggest further tasks: nobody is pushed.
surveys-followed-up = Followed up on { $date }.
surveys-followup-done = Record the follow-up as done
surveys-next-title = Suggested next tasks
surveys-next-none = No further task fits right now.
surveys-next-list = Suggested next tasks
surveys-next-with = with { $coach }
surveys-next-different-coach = a different coach
surveys-next-fit = fit { $percent }%
surveys-next-propose = Propose
surveys-next-propose-label = Propose { $task } with { $coach }
surveys-next-proposed = Proposed:
surveys-orientation-title = Orientation call for returners
surveys-orientation-offer = Offer a short orientation call: schedule it and send the invitation.
surveys-orientation-at = Orientation call on { $date }.
surveys-orientation-ics = Download the invitation (.ics)
surveys-orientation-when = Orientation call (date and time)
surveys-orientation-schedule = Schedule the call
surveys-onboarding-title = Onboarding for returners

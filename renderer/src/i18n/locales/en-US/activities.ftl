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

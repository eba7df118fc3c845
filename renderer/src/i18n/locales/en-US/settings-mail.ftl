## Settings: reminders and mail
mail-title = Reminders and email
mail-cadence = Days between "we still exist" reminders
mail-cooldown = Days of quiet after any contact
mail-enabled = Send reminders by email (SMTP)
mail-disabled-help = Without a mail server, reminders are kept as drafts (.eml or mailto), a CSV for the Reps portal, and the in-app list.
mail-password-help = The password is never stored: Rekindle reads it from the REKINDLE_SMTP_PASSWORD environment variable when it sends.
mail-host = Mail server
mail-port = Port
mail-from = Sender address
mail-from-invalid = Sender address must be an email address such as reps@example.org.
mail-user = User name
mail-secure = Use TLS from the start (port 465)
mail-save = Save reminder settings

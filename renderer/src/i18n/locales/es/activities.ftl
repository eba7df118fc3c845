## Activity types
activity-event-organized = evento organizado
activity-event-attended = asistencia a evento
activity-event-report = informe de evento
activity-talk-given = charla impartida
activity-localization = localización
activity-documentation = documentación
activity-code-contribution = contribución de código
activity-mentoring = mentoría
activity-blog-post = entrada de blog
activity-social-post = publicación en redes
activity-budget-request = solicitud de presupuesto
activity-campaign = campaña
activity-newsletter-read = lectura del boletín
activity-profile-update = actualización de perfil
activity-login = inicio de sesión

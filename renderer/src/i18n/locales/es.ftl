app-title = Rekindle
app-tagline = Recuperar a quienes se alejaron
skip-to-content = Saltar al contenido

## Navigation
nav-label = Principal
nav-today = Hoy
nav-reps = Reps
nav-catalog = Catálogo
nav-coaches = Coaches
nav-match = Emparejar
nav-engagements = Compromisos
nav-council = Consejo
nav-insights = Análisis
nav-settings = Ajustes
nav-signed-in = { $name } · { $role ->
    [coach] Coach
    [mentor] Mentor
   *[council] Consejo
  }

## Roles
role-coach = Coach
role-mentor = Mentor
role-council = Consejo

## Statuses
status-active = Activo
status-at-risk = En riesgo
status-inactive = Inactivo
status-re-engaging = En reincorporación
status-returned = De vuelta
status-alumni = Alumni

## Common
loading = Cargando…
retry = Reintentar
dismiss = Descartar
close = Cerrar
save = Guardar
saving = Guardando…
saved = Guardado.
never = nunca
none = Ninguno
error-title = Algo salió mal
error-boundary = Esta pantalla no se pudo mostrar: { $message }
error-call = { $message }
error-conflict = { $message }

## Today
today-title = Hoy
today-greeting = Hola, { $name }. Esto es lo que te necesita ahora como { $role ->
    [coach] coach
    [mentor] mentor
   *[council] Consejo
  }.
today-empty = Nada te necesita ahora mismo.
today-more = { $count } más
today-section-mentees-quiet = Mentorados que se alejaron
today-section-inactive-mentors = Mentores que están inactivos
today-section-near-threshold = Reps cerca del umbral de inactividad
today-section-check-ins = Compromisos que necesitan seguimiento
today-section-draft-tasks = Tareas en borrador por terminar
today-last-activity = última actividad significativa { $date }
today-no-activity = sin actividad significativa registrada

## Reps
reps-title = Reps
reps-search = Buscar Reps
reps-search-placeholder = Nombre, correo, usuario o país
reps-filter-status = Estado
reps-filter-all = Todos los estados
reps-sort = Ordenar por
reps-sort-name = Nombre
reps-sort-lastActivity = Última actividad
reps-sort-status = Estado
reps-sort-country = País
reps-count = { $shown } de { $total } Reps
reps-empty = Ningún Rep coincide.
reps-col-name = Nombre
reps-col-country = País
reps-col-languages = Idiomas
reps-col-mentor = Mentor
reps-col-status = Estado
reps-col-last = Última actividad significativa
reps-mentor-badge = mentor
rep-detail-title = { $name }
rep-email = Correo
rep-languages = Idiomas
rep-areas = Áreas funcionales
rep-mentor = Mentor
rep-timezone = Zona horaria
rep-hours = Horas al mes
rep-explain = Última actividad significativa { $ago }: { $type }, { $date }.
rep-explain-none = Sin actividad significativa registrada.
rep-explain-workflow = Estado fijado por un proceso: { $status }.
rep-recent = Actividad reciente
rep-recent-passive = pasiva
rep-mentees = Mentorados
rep-notes = Notas confidenciales
rep-notes-hidden = Las notas confidenciales solo se muestran a mentores y al Consejo.
rep-status-history = Historial de estados

## Settings
settings-title = Ajustes
settings-user = Tú
settings-user-name = Tu nombre
settings-role = Rol
settings-role-help = Los roles guían el trabajo en este equipo y quedan en el registro de auditoría; no son una barrera de seguridad.
settings-mentor-self = Tú como mentor
settings-mentor-self-none = Sin vincular
settings-language = Idioma
settings-thresholds = Umbrales
settings-at-risk-days = En riesgo tras (días)
settings-inactive-days = Inactivo tras (días)
settings-mentor-inactive-days = Mentor inactivo tras (días)
settings-stalled-days = Compromiso estancado tras (días)
settings-significant = Tipos de actividad significativa
settings-significant-help = Solo estos cuentan como actividad significativa; las entradas pasivas están desactivadas por defecto.
settings-saved = Ajustes guardados.
settings-invalid = Corrige: { $message }
settings-field-required = { $field } es obligatorio.
settings-field-number = { $field } debe ser un número entero entre { $min } y { $max }.
settings-threshold-order = El umbral de riesgo debe ser menor que el de inactividad.

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

## Later features
later-title = { $screen }
later-body = Esta parte de Rekindle llega en una versión posterior: { $what }
later-catalog = el catálogo de tareas, con plantillas, publicación y búsqueda difusa instantánea.
later-coaches = la lista de coaches con capacidad y disponibilidad.
later-match = la conversación sobre el «por qué» y sugerencias explicadas de tarea y coach.
later-engagements = compromisos, seguimientos y la encuesta posterior.
later-council = expedientes, el filtro de alumni y las decisiones del Consejo.
later-insights = el estudio de abandono: causas, alerta temprana y qué hace volver a la gente.

## Notices
notice-title = Aviso sobre los datos

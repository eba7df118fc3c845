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

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


## Notices
notice-title = Aviso sobre los datos

## Motivos para alejarse (incluidos; cada comunidad puede renombrarlos en Ajustes)
reason-no-time = Sin tiempo / cambio de vida
reason-disillusioned = Desencanto con el rumbo
reason-unclear-role = Rol poco claro o perdió el hilo
reason-interpersonal-conflict = Conflicto interpersonal
reason-bullying-toxicity = Acoso o toxicidad
reason-burnout = Agotamiento
reason-no-recognition = Falta de reconocimiento
reason-tooling-friction = Fricción con herramientas o procesos
reason-moved-on = Pasó a otra cosa
reason-unknown = Desconocido

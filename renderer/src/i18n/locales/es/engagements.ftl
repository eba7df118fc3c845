## Engagements board and detail
engagements-title = Colaboraciones
engagements-lead = De la propuesta al entregable. Una colaboración sin seguimiento durante { $days } días queda estancada y aparece en «Hoy» del coach y del mentor.
engagements-filters = Filtrar colaboraciones
engagements-filter-coach = Coach
engagements-filter-mentor = Mentor/a
engagements-filter-area = Área
engagements-filter-all = Todos
engagements-status = { $status ->
    [proposed] Propuesta
    [active] Activa
    [stalled] Estancada
    [completed] Completada
   *[abandoned] Abandonada
  }
engagements-column = { $status ->
    [proposed] Propuestas
    [active] Activas
    [stalled] Estancadas
    [completed] Completadas
   *[abandoned] Abandonadas
  } ({ $count })
engagements-card-coach = con { $coach }
engagements-card-steps = { $done } de { $total } pasos
engagements-card-due = vence el { $date }
engagements-detail-title = { $rep } — { $task }
engagements-stalled-cause = ({ $cause })
engagements-coach = Coach
engagements-deliverable = Entregable
engagements-none = ninguno
engagements-started = Inicio
engagements-not-started = aún no ha empezado
engagements-due = Vence
engagements-deliverable-link = Enlace al entregable
engagements-abandon-reason = Motivo
engagements-activate = Activar
engagements-activated = La colaboración está activa.
engagements-decline = Rechazar
engagements-declined-reason = Rechazada antes de empezar.
engagements-abandoned = La colaboración queda abandonada; el motivo está registrado.
engagements-steps = Pasos
engagements-no-steps = Esta tarea no tiene pasos.
engagements-step-done = hecho
engagements-checkin-title = Seguimiento
engagements-checkin-at = Cuándo (vacío para ahora)
engagements-checkin-note = Nota
engagements-checkin-steps = Pasos hechos hasta ahora
engagements-checkin-save = Registrar seguimiento
engagements-checked-in = Seguimiento registrado.
engagements-nudge = Enviar un recordatorio
engagements-nudged = Hay un recordatorio de seguimiento en la cola.
engagements-not-nudged = No se ha puesto en cola: ya salió uno esta semana o la persona no quiere que la contacten.
engagements-checkins = Seguimientos ({ $count })
engagements-checkin-steps-done = pasos hechos: { $steps }
engagements-complete-title = Completar
engagements-complete = Completar la colaboración
engagements-completed = Completada. La encuesta de seguimiento está abajo.
engagements-abandon-title = Abandonar
engagements-abandon = Abandonar la colaboración

## Today sections for engagements and surveys
today-section-engagements-stalled = Colaboraciones estancadas de tus mentorados
today-section-surveys-to-read = Encuestas por rellenar o leer
today-section-survey-follow-ups = Seguimientos tras una encuesta (sin más insistencia)

## Settings for returners
engagements-settings-title = Quienes vuelven
engagements-settings-onboarding = Lista de incorporación para quienes vuelven (un paso por línea)
engagements-settings-within = Una persona cuenta como «ha vuelto» tras completar una colaboración y tener nueva actividad significativa en (días)
engagements-settings-save = Guardar los ajustes de quienes vuelven
engagements-settings-saved = Guardado.
engagements-remind-surveys = Recordar las encuestas sin responder
engagements-reminded = { $count ->
    [0] Ninguna encuesta necesitaba recordatorio (cada una recibe uno, una semana después de crearse).
    [one] Un recordatorio de encuesta en cola; sale con los demás recordatorios.
   *[other] { $count } recordatorios de encuesta en cola; salen con los demás recordatorios.
  }
engagements-due-edit = Fecha límite
engagements-due-save = Guardar la fecha límite
engagements-due-saved = Fecha límite guardada.

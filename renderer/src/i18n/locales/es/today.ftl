## Today
today-title = Hoy
today-greeting = Hola, { $name }. Esto es lo que te necesita ahora como { $role ->
    [coach] coach
    [mentor] mentor
   *[council] Consejo
  }.
today-empty = Nada te necesita ahora mismo.
today-more = { $count } más
today-section-mentees-quiet = Mentorados que se alejaron y necesitan una conversación sobre el «porqué»
today-section-inactive-mentors = Mentores que están inactivos
today-section-near-threshold = Reps cerca del umbral de inactividad
today-section-check-ins = Compromisos que necesitan seguimiento
today-section-draft-tasks = Tareas en borrador por terminar
today-last-activity = última actividad significativa { $date }
today-no-activity = sin actividad significativa registrada
today-section-mentees-health = Todas las personas mentorizadas, por estado
today-section-capacity = Tu capacidad
today-capacity-value = { $load } de { $capacity } acompañamientos en uso

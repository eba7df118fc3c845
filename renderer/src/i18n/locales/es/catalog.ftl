## Catálogo de tareas
catalog-title = Catálogo de tareas
catalog-new = Nueva tarea
catalog-import = Importar…
catalog-export-csv = Exportar CSV
catalog-export-json = Exportar JSON
catalog-export-notes = Incluir notas confidenciales
catalog-search = Buscar tareas
catalog-search-placeholder = Título, resumen, entregable, habilidades, etiquetas
catalog-any = Cualquiera
catalog-filter-language = Idioma
catalog-filter-language-placeholder = p. ej. es
catalog-filter-effort = Como máximo (horas)
catalog-filter-status = Estado
catalog-sort = Ordenar por
catalog-sort-relevance = Mejor coincidencia
catalog-sort-title = Título
catalog-sort-updated = Cambiadas recientemente
catalog-sort-effort = Esfuerzo
catalog-sort-taken = Más elegidas
catalog-count = { $count ->
    [one] Una tarea
   *[other] { $count } tareas
  }
catalog-list-label = Tareas
catalog-hours = { $hours } h
catalog-taken = elegida { $count ->
    [one] una vez
   *[other] { $count } veces
  }
catalog-area-community-building = Construcción de comunidad
catalog-area-events = Eventos
catalog-area-localization = Localización
catalog-area-documentation = Documentación
catalog-area-design = Diseño
catalog-area-development = Desarrollo
catalog-area-marketing = Marketing
catalog-area-social-media = Redes sociales
catalog-area-education = Educación
catalog-area-advocacy = Promoción
catalog-area-support = Soporte
catalog-area-research = Investigación
catalog-interaction-solo = En solitario
catalog-interaction-light = Poca interacción
catalog-interaction-moderate = Interacción moderada
catalog-status-draft = Borrador
catalog-status-published = Publicada
catalog-status-retired = Retirada
catalog-field-title = Título
catalog-field-summary = Resumen
catalog-field-deliverable = Entregable
catalog-field-area = Área
catalog-field-interaction = Interacción
catalog-field-skills = Habilidades
catalog-field-tags = Etiquetas
catalog-field-languages = Idiomas
catalog-field-effort = Esfuerzo (horas)
catalog-field-days = Días previstos
catalog-field-slots = Plazas
catalog-field-steps = Pasos
catalog-field-notes = Notas del coach (confidenciales)
catalog-hint-comma = Separa varios con comas.
catalog-hint-lines = Un paso por línea, en orden.
catalog-new-title = Nueva tarea
catalog-edit-title = Editar «{ $title }»
catalog-save = Guardar
catalog-cancel = Cancelar
catalog-edit = Editar
catalog-duplicate = Duplicar como plantilla
catalog-publish = Publicar
catalog-retire = Retirar
catalog-missing-intro = Antes de poder publicarla, esta tarea necesita:
catalog-missing-deliverable = un entregable
catalog-missing-steps = al menos un paso
catalog-missing-effortHours = una estimación de esfuerzo
catalog-missing-languages = al menos un idioma
catalog-preview-title = Como la verá el Rep
catalog-preview-effort = unas { $hours } h en { $days } días
catalog-preview-steps = Pasos
catalog-stats-title = Resultados
catalog-stats-taken = Elegida
catalog-stats-completed = Completada
catalog-stats-abandoned = Abandonada
catalog-stats-in-progress = En curso
catalog-stats-experience = Buena experiencia
catalog-stats-coach = Ayuda del coach
catalog-stats-fit = Encaje de la tarea
catalog-stats-average = { $value } / 5 ({ $count ->
    [one] una encuesta
   *[other] { $count } encuestas
  })
catalog-import-title = Importar tareas
catalog-import-help = Un archivo CSV o JSON con una columna id; las filas cuyo id ya se conoce actualizan esa tarea, y volver a importar el mismo archivo no cambia nada. Las listas van como «a; b» en una celda CSV.
catalog-import-file = Archivo
catalog-import-summary = { $create } nuevas, { $update } cambiadas, { $unchanged } sin cambios, { $error } con errores.
catalog-import-row = Fila
catalog-import-id = Id
catalog-import-name = Nombre
catalog-import-action = Qué pasará
catalog-import-action-create = Se crea
catalog-import-action-update = Se actualiza
catalog-import-action-unchanged = Sin cambios
catalog-import-exclude = Dejar fuera { $count ->
    [one] la fila con errores
   *[other] las { $count } filas con errores
  } e importar el resto
catalog-import-done = Importado: { $created } nuevas, { $updated } cambiadas, { $unchanged } sin cambios, { $excluded } dejadas fuera.
catalog-import-run = Importar
catalog-import-close = Cerrar
